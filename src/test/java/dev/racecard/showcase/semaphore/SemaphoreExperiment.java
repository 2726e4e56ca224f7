package dev.racecard.showcase.semaphore;

import dev.racecard.experiments.BoundedThreads;
import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.junit.UnderTest;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Seed 002's Semaphore: a resource with {@value CheckThenIncrementSlots#LIMIT} slots, used by
 * more workers than that. Lincheck checks taking and giving back a slot; the trials run workers
 * whose tasks are mostly quick, sometimes slow (a download) and sometimes fail, and are refused a
 * slot when none is free; they measure how many were inside at once, and count the free slots
 * every {@value #ROUND} tasks, while no task runs.
 */
class SemaphoreExperiment {

    static final int LIMIT = CheckThenIncrementSlots.LIMIT;
    /**
     * Four times the 2 cores this was measured on, against 2 and 4: the racy variant's race shows
     * when a worker is preempted between reading and writing the count, and more workers than
     * cores are preempted more. Races per 40 trials (counts every {@value #ROUND} tasks; 3 to 5
     * runs each, load 7 to 16): 2 workers 11 to 13 alone, 2 to 8 beside {@code yes > /dev/null};
     * 4 workers 24 to 29 and 15 to 20; 8 workers 26 to 39 and 26 to 34.
     */
    static final int WORKERS = 8;
    /** The tasks of a worker: 20,000 quick ones keep the workers overlapping for milliseconds. */
    static final int TASKS_PER_WORKER = 20_000;
    /**
     * Every this many tasks the workers wait for each other and the free slots are counted: a lost
     * {@code ++} and a later lost {@code --} cancel out, and a count taken only at a trial's end
     * misses both. Each round also starts the workers together. With one count at the end and 4
     * workers the race showed in 15 to 28 of 40 trials alone and 5 to 14 beside {@code yes}
     * (3 runs each, load 3 to 8; 3 of 40 at load 20, 0 of 40 beside two other experiment
     * classes); with these rounds and 8 workers in 36 to 39 and 35 to 39, and in 15 of 40 beside
     * both {@code yes} and two other experiment classes.
     */
    static final int ROUND = 500;
    /** Every this many tasks one throws, as real work sometimes does. */
    static final int FAILING_EVERY = 7;
    /**
     * 80 under the gate budget: at load 10 beside {@code yes} the race showed in 9 of 40 trials,
     * and it falls as the load rises. A racy trial ends at its first wrong count and a mutant's
     * trials at its first forbidden outcome, so the extra trials cost the correct variant's time.
     */
    static final int TRIALS = Budgets.trials(80);
    /** Every this many tasks one is a slow download; the others are quick. */
    static final int SLOW_EVERY = 1_000;
    /** How long a slow task waits, as seed 001's download_file sleeps (0.5 to 2 s there). */
    static final long DOWNLOAD_NANOS = 200_000;
    /** Far beyond a trial's milliseconds: a wait that reaches it is an error of the experiment. */
    static final Duration BOUND = Duration.ofSeconds(30);

    /** Of the slots, a third user holds all but one: the two threads contend for the last. */
    public static class SlotsSpec {
        private final Slots slots = UnderTest.create(Slots.class);

        public SlotsSpec() {
            for (int i = 1; i < LIMIT; i++) {
                slots.tryAcquire();
            }
        }

        @Operation
        public boolean tryAcquire() {
            return slots.tryAcquire();
        }

        @Operation
        public void release() {
            slots.release();
        }
    }

    @RacecardTest(pattern = "semaphore")
    void takingASlotIsLinearizable(Evidence evidence) {
        evidence.lincheck(new ModelCheckingOptions().iterations(10 * Budgets.scale()).invocationsPerIteration(200)
                .threads(2).actorsPerThread(2), SlotsSpec.class);
    }

    @RacecardTest(pattern = "semaphore")
    void workersShareTheSlots(Evidence evidence) throws Exception {
        evidence.trials(TRIALS)
                .acceptable("held", "never more than " + LIMIT + " tasks inside, and all " + LIMIT
                        + " slots free whenever no task ran")
                .race("over-limit", "more than " + LIMIT + " tasks inside at once, or more than " + LIMIT
                        + " slots free while no task ran")
                .race("leaked", "fewer than " + LIMIT + " slots free while no task ran")
                .run(() -> trial(evidence.create(Slots.class)));
    }

    /**
     * Rounds of {@value #ROUND} tasks a worker; after each the workers meet at a barrier whose
     * action, run while every worker waits, counts the free slots and reads the workers' high-water
     * marks (CyclicBarrier's javadoc: actions before {@code await()} happen-before the barrier
     * action, which happens-before the returns from {@code await()}). The first wrong count ends
     * the trial.
     */
    static String trial(Slots slots) throws InterruptedException {
        AtomicInteger inside = new AtomicInteger();
        int[] most = new int[WORKERS]; // each worker's high-water mark, published before each check
        String[] verdict = {null}; // written by the barrier action only
        CyclicBarrier check = new CyclicBarrier(WORKERS,
                () -> verdict[0] = verdict(Arrays.stream(most).max().orElseThrow(), freeSlots(slots)));
        Runnable[] workers = new Runnable[WORKERS];
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            workers[w] = () -> {
                try {
                    int[] mine = {0}; // the worker's own: no shared maximum serializing the workers
                    for (int i = 1; i <= TASKS_PER_WORKER; i++) {
                        runTask(slots, i, () -> mine[0] = Math.max(mine[0], inside.incrementAndGet()),
                                inside::decrementAndGet);
                        if (i % ROUND == 0 || i == TASKS_PER_WORKER) {
                            most[worker] = mine[0];
                            await(check);
                            if (verdict[0] != null) {
                                return;
                            }
                        }
                    }
                } catch (RuntimeException | Error e) {
                    check.reset(); // the others stop waiting for this worker: the trial fails at once
                    throw e;
                }
            };
        }
        BoundedThreads.Run run = BoundedThreads.run(BOUND, workers);
        if (run.ending() != BoundedThreads.Ending.COMPLETED) {
            throw new IllegalStateException("the workers did not all return (bound " + BOUND.toSeconds() + " s): "
                    + run, run.failure());
        }
        return verdict[0] == null ? "held" : verdict[0];
    }

    /** Task {@code i} of a worker: quick, or every {@value #SLOW_EVERY}th slow, and every {@value #FAILING_EVERY}th fails. */
    private static void runTask(Slots slots, int i, Runnable entered, Runnable leaving) {
        boolean fails = i % FAILING_EVERY == 0;
        boolean slow = i % SLOW_EVERY == 0;
        try {
            slots.tryRun(() -> {
                entered.run();
                if (slow) {
                    download();
                } else {
                    Thread.onSpinWait(); // a quick task's own work, not the slots' code
                }
                leaving.run();
                if (fails) {
                    throw new IllegalStateException("the task failed");
                }
            });
        } catch (IllegalStateException expected) {
            // the task's failure, as the caller sees it
        }
    }

    /** Takes every free slot (one more than the limit is enough to see too many) and gives them back. */
    private static int freeSlots(Slots slots) {
        int free = 0;
        while (free <= LIMIT && slots.tryAcquire()) {
            free++;
        }
        for (int i = 0; i < free; i++) {
            slots.release();
        }
        return free;
    }

    /** @return the race's outcome, or null while the slots hold */
    private static String verdict(int most, int free) {
        return most > LIMIT || free > LIMIT ? "over-limit" : free < LIMIT ? "leaked" : null;
    }

    /** Waits, at most {@link #BOUND}, for the other workers and the count. */
    private static void await(CyclicBarrier check) {
        try {
            check.await(BOUND.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the other workers", e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the other workers did not all reach the check", e);
        }
    }

    /**
     * A slow task's own work, not the slots' code: a download as the seed simulates one, a wait
     * ({@code time.sleep}), scaled from seconds to a fraction of a millisecond. While it holds its
     * slot, the other workers share what is left and are refused when both are taken: the tasks of
     * a really limited resource differ in length, and refusals happen. Quick tasks alone (500 a
     * worker) ran two at a time on two cores and were never refused in 40 trials.
     */
    private static void download() {
        LockSupport.parkNanos(DOWNLOAD_NANOS);
    }
}
