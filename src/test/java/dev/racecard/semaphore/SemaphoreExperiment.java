package dev.racecard.semaphore;

import dev.racecard.evidence.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.junit.UnderTest;
import dev.racecard.patterns.semaphore.CheckThenIncrementSlots;
import dev.racecard.patterns.semaphore.Slots;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seed 002's Semaphore: a resource with {@value CheckThenIncrementSlots#LIMIT} slots, used by
 * more workers than that. Lincheck checks taking and giving back a slot; the trials run workers
 * whose tasks sometimes fail, and measure how many were inside at once and how many slots are
 * free once they are done.
 */
class SemaphoreExperiment {

    static final int LIMIT = CheckThenIncrementSlots.LIMIT;
    static final int WORKERS = 4;
    static final int TASKS_PER_WORKER = 500;
    /** Every this many tasks one throws, as real work sometimes does. */
    static final int FAILING_EVERY = 7;
    static final int TRIALS = Budgets.trials(40);

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
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            Thread t = new Thread(() -> {
                awaitQuietly(start); // lines the workers up, outside the code under test
                for (int i = 1; i <= TASKS_PER_WORKER; i++) {
                    boolean fails = i % FAILING_EVERY == 0;
                    try {
                        slots.tryRun(() -> {
                            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            Thread.onSpinWait(); // the task's own work, not the slots' code
                            inside.decrementAndGet();
                            if (fails) {
                                throw new IllegalStateException("the task failed");
                            }
                        });
                    } catch (IllegalStateException expected) {
                        // the task's failure, as the caller sees it
                    }
                }
            });
            t.start();
            workers.add(t);
        }
        start.countDown();
        for (Thread t : workers) {
            t.join();
        }
        int free = 0;
        while (free <= LIMIT && slots.tryAcquire()) {
            free++;
        }
        return most.get() > LIMIT || free > LIMIT ? "over-limit" : free < LIMIT ? "leaked" : "held";
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
