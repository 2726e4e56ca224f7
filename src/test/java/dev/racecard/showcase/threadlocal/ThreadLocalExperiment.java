package dev.racecard.showcase.threadlocal;

import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Seed 001's workers with thread-local state, run on a pool: each worker task runs as its worker,
 * steps its context and says what it sees; some tasks fail after their work, as real work does.
 * Then one probe per pooled thread, which runs as nobody, says what that thread still holds.
 */
class ThreadLocalExperiment {

    static final int POOL = 3;
    static final int WORKERS = 6;
    static final int STEPS = 20_000;
    /** Every this many worker tasks one throws after its steps. */
    static final int FAILING_EVERY = 3;
    static final int TRIALS = Budgets.trials(40);
    /** Far beyond a trial's milliseconds: a wait that reaches it is an error of the experiment. */
    static final long BOUND_SECONDS = 30;

    @RacecardTest(pattern = "thread-local")
    void workersOnAPoolSeeTheirOwnState(Evidence evidence) throws Exception {
        evidence.trials(TRIALS)
                .acceptable("isolated", "every worker saw its own id and " + STEPS + " steps; every pooled thread "
                        + "held nothing afterwards")
                .race("mixed", "a worker saw another worker's id, or steps that were not its own")
                .race("leaked", "after the tasks, a pooled thread still held an earlier task's state")
                .run(() -> trial(evidence.create(WorkerContext.class)));
    }

    static String trial(WorkerContext context) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(POOL);
        try {
            List<Future<Boolean>> workers = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int id = w;
                boolean fails = (w + 1) % FAILING_EVERY == 0;
                workers.add(pool.submit(() -> context.runAs(id, () -> {
                    for (int i = 0; i < STEPS; i++) {
                        context.step();
                    }
                    boolean own = context.describe().equals("Worker-" + id + ": " + STEPS);
                    if (fails) {
                        throw new TaskFailed(own);
                    }
                    return own;
                })));
            }
            boolean mixed = false;
            for (Future<Boolean> f : workers) {
                mixed |= !ownState(f);
            }
            return mixed ? "mixed" : probeEveryThread(pool, context) ? "leaked" : "isolated";
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(BOUND_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Whether the worker saw its own state, from its result or from its failure. */
    private static boolean ownState(Future<Boolean> worker) throws Exception {
        try {
            return worker.get(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TaskFailed failed) {
                return failed.own;
            }
            throw e;
        }
    }

    /**
     * One probe on each pooled thread (each holds its thread until all have started), run after
     * every worker task ended: whether any of them saw a state.
     */
    private static boolean probeEveryThread(ExecutorService pool, WorkerContext context) throws Exception {
        CountDownLatch allStarted = new CountDownLatch(POOL);
        List<Future<String>> probes = new ArrayList<>();
        for (int p = 0; p < POOL; p++) {
            probes.add(pool.submit(() -> {
                String seen = context.describe();
                allStarted.countDown();
                if (!allStarted.await(BOUND_SECONDS, TimeUnit.SECONDS)) {
                    throw new TimeoutException("the probes did not all start");
                }
                return seen;
            }));
        }
        boolean leaked = false;
        for (Future<String> f : probes) {
            leaked |= !f.get(BOUND_SECONDS, TimeUnit.SECONDS).equals(WorkerContext.NONE);
        }
        return leaked;
    }

    /** A worker task's failure, carrying whether it had seen its own state. */
    private static final class TaskFailed extends RuntimeException {
        final boolean own;

        TaskFailed(boolean own) {
            super("the task failed", null, false, false);
            this.own = own;
        }
    }
}
