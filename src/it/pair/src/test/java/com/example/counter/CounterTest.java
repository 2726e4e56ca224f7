package com.example.counter;

import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;

import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Each variant: Lincheck model-checks its increment and get, and 20 trials run two threads of
 * 100,000 increments each. The tests record; the gate judges.
 */
class CounterTest {

    static ModelCheckingOptions budget() {
        return new ModelCheckingOptions().iterations(10).invocationsPerIteration(200).threads(2).actorsPerThread(2);
    }

    public static class PlainSpec {
        private final Counter counter = new PlainCounter();

        @Operation
        public void increment() {
            counter.increment();
        }

        @Operation
        public long get() {
            return counter.get();
        }
    }

    public static class AtomicSpec {
        private final Counter counter = new AtomicCounter();

        @Operation
        public void increment() {
            counter.increment();
        }

        @Operation
        public long get() {
            return counter.get();
        }
    }

    @RacecardTest(pattern = "counter", variant = "plain")
    void plain(Evidence evidence) throws Exception {
        evidence.lincheck(budget(), PlainSpec.class);
        trials(evidence, PlainCounter::new);
    }

    @RacecardTest(pattern = "counter", variant = "atomic")
    void atomic(Evidence evidence) throws Exception {
        evidence.lincheck(budget(), AtomicSpec.class);
        trials(evidence, AtomicCounter::new);
    }

    static void trials(Evidence evidence, Supplier<Counter> counters) throws Exception {
        int perThread = 100_000;
        evidence.trials(20)
                .acceptable("exact", "every increment counted")
                .race("lost", "some increments were lost")
                .run(() -> {
                    Counter counter = counters.get();
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
