package dev.racecard.semaphore;

import dev.racecard.evidence.Budgets;
import dev.racecard.experiments.BoundedThreads;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.junit.UnderTest;
import dev.racecard.patterns.semaphore.CheckThenIncrementSlots;
import dev.racecard.patterns.semaphore.Slots;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Seed 002's Semaphore: a resource with {@value CheckThenIncrementSlots#LIMIT} slots, used by
 * more workers than that. Lincheck checks taking and giving back a slot; the trials run workers
 * whose tasks are mostly quick, sometimes slow (a download) and sometimes fail, and are refused a
 * slot when none is free; they measure how many were inside at once and how many slots are free
 * once they are done.
 */
class SemaphoreExperiment {

    static final int LIMIT = CheckThenIncrementSlots.LIMIT;
    static final int WORKERS = 4;
    /**
     * Enough quick tasks that the workers overlap for milliseconds: with 500 a worker the racy
     * variant showed its race in 1 of 40 trials (3 runs), with 20,000 in 3 or 4 of 40 alone and in
     * none beside two other experiment classes; jcstress and Lincheck see it every run.
     */
    static final int TASKS_PER_WORKER = 20_000;
    /** Every this many tasks one throws, as real work sometimes does. */
    static final int FAILING_EVERY = 7;
    static final int TRIALS = Budgets.trials(40);
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
                        + " slots free at the end")
                .race("over-limit", "more than " + LIMIT + " tasks inside at once, or more than " + LIMIT
                        + " slots free at the end")
                .race("leaked", "fewer than " + LIMIT + " slots free once every task had ended")
                .run(() -> trial(evidence.create(Slots.class)));
    }

    static String trial(Slots slots) throws InterruptedException {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Runnable[] workers = new Runnable[WORKERS];
        for (int w = 0; w < WORKERS; w++) {
            workers[w] = () -> {
                for (int i = 1; i <= TASKS_PER_WORKER; i++) {
                    boolean fails = i % FAILING_EVERY == 0;
                    boolean slow = i % SLOW_EVERY == 0;
                    try {
                        slots.tryRun(() -> {
                            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            if (slow) {
                                download();
                            } else {
                                Thread.onSpinWait(); // a quick task's own work, not the slots' code
                            }
                            inside.decrementAndGet();
                            if (fails) {
                                throw new IllegalStateException("the task failed");
                            }
                        });
                    } catch (IllegalStateException expected) {
                        // the task's failure, as the caller sees it
                    }
                }
            };
        }
        BoundedThreads.Run run = BoundedThreads.run(BOUND, workers);
        if (run.ending() != BoundedThreads.Ending.COMPLETED) {
            throw new IllegalStateException("the workers did not all return within " + BOUND.toSeconds() + " s: "
                    + run, run.failure());
        }
        int free = 0;
        while (free <= LIMIT && slots.tryAcquire()) {
            free++;
        }
        return most.get() > LIMIT || free > LIMIT ? "over-limit" : free < LIMIT ? "leaked" : "held";
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
