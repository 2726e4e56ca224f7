package dev.racecard.threadlocal;

import dev.racecard.evidence.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.patterns.threadlocal.WorkerContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Seed 001's workers with thread-local state, run on a pool: each worker task begins its context,
 * steps it, and says what it sees; then probe tasks, which begin nothing, say what they see on the
 * same pooled threads.
 */
class ThreadLocalExperiment {

    static final int POOL = 3;
    static final int WORKERS = 6;
    static final int STEPS = 20_000;
    static final int TRIALS = Budgets.trials(40);

    @RacecardTest(pattern = "thread-local")
    void workersOnAPoolSeeTheirOwnState(Evidence evidence) throws Exception {
        evidence.trials(TRIALS)
                .acceptable("isolated", "every worker saw its own id and " + STEPS + " steps; every probe saw none")
                .race("mixed", "a worker saw another worker's id, or steps that were not its own")
                .race("leaked", "a probe task saw the state of an earlier task on its thread")
                .run(() -> trial(evidence.create(WorkerContext.class)));
    }

    static String trial(WorkerContext context) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(POOL);
        try {
            List<Future<Boolean>> workers = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int id = w;
                workers.add(pool.submit(() -> context.runAs(id, () -> {
                    for (int i = 0; i < STEPS; i++) {
                        context.step();
                    }
                    return context.describe().equals("Worker-" + id + ": " + STEPS);
                })));
            }
            List<Future<String>> probes = new ArrayList<>();
            for (int p = 0; p < POOL * 2; p++) {
                probes.add(pool.submit(context::describe));
            }
            boolean mixed = false;
            for (Future<Boolean> f : workers) {
                mixed |= !f.get();
            }
            boolean leaked = false;
            for (Future<String> f : probes) {
                leaked |= !f.get().equals(WorkerContext.NONE);
            }
            return mixed ? "mixed" : leaked ? "leaked" : "isolated";
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
