package com.example.counter;

import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.junit.UnderTest;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;

import java.util.concurrent.CountDownLatch;

/**
 * Runs once per variant, and once per mutant in its variant's place: Lincheck model-checks the
 * increment and get, and 20 trials run two threads of 100,000 increments each. The test records;
 * the gate judges.
 */
class CounterTest {

    static ModelCheckingOptions budget() {
        return new ModelCheckingOptions().iterations(10).invocationsPerIteration(200).threads(2).actorsPerThread(2);
    }

    /** Lincheck builds the spec itself; the spec asks for the counter of the check under way. */
    public static class CounterSpec {
        private final Counter counter = UnderTest.create(Counter.class);

        @Operation
        public void increment() {
            counter.increment();
        }

        @Operation
        public long get() {
            return counter.get();
        }
    }

    @RacecardTest(pattern = "counter")
    void incrementFromTwoThreads(Evidence evidence) throws Exception {
        evidence.lincheck(budget(), CounterSpec.class);
        int perThread = 100_000;
        evidence.trials(20)
                .acceptable("exact", "every increment counted")
                .race("lost", "some increments were lost")
                .run(() -> {
                    Counter counter = evidence.create(Counter.class);
                    CountDownLatch start = new CountDownLatch(1);
                    Runnable work = () -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        for (int i = 0; i < perThread; i++) {
                            counter.increment();
                        }
                    };
                    Thread a = new Thread(work);
                    Thread b = new Thread(work);
                    a.start();
                    b.start();
                    start.countDown();
                    a.join();
                    b.join();
                    return counter.get() == 2L * perThread ? "exact" : "lost";
                });
    }
}
