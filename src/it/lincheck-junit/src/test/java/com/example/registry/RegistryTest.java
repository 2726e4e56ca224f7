package com.example.registry;

import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Lincheck model-checks registering one name from two threads; trials race two real threads. */
class RegistryTest {

    static ModelCheckingOptions budget() {
        // no operations before the parallel part: an earlier claim would leave nothing to race for
        return new ModelCheckingOptions().iterations(5).invocationsPerIteration(100).threads(2).actorsPerThread(1)
                .actorsBefore(0);
    }

    public static class CheckThenSetSpec {
        private final Registry registry = new CheckThenSetRegistry();

        @Operation
        public boolean claim() {
            return registry.claim("worker");
        }
    }

    public static class CompareAndSetSpec {
        private final Registry registry = new CompareAndSetRegistry();

        @Operation
        public boolean claim() {
            return registry.claim("worker");
        }
    }

    @RacecardTest(pattern = "registry", variant = "check-then-set")
    void checkThenSet(Evidence evidence) throws Exception {
        evidence.lincheck(budget(), CheckThenSetSpec.class);
        trials(evidence, CheckThenSetRegistry::new);
    }

    @RacecardTest(pattern = "registry", variant = "compare-and-set")
    void compareAndSet(Evidence evidence) throws Exception {
        evidence.lincheck(budget(), CompareAndSetSpec.class);
        trials(evidence, CompareAndSetRegistry::new);
    }

    static void trials(Evidence evidence, Supplier<Registry> registries) throws Exception {
        evidence.trials(500)
                .acceptable("one-winner", "exactly one thread claimed it")
                .race("two-winners", "both threads claimed it")
                .forbidden("no-winner", "nobody claimed it")
                .run(() -> {
                    Registry registry = registries.get();
                    CyclicBarrier start = new CyclicBarrier(2);
                    AtomicInteger winners = new AtomicInteger();
                    Runnable attempt = () -> {
                        try {
                            start.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        if (registry.claim(Thread.currentThread().getName())) {
                            winners.incrementAndGet();
                        }
                    };
                    Thread a = new Thread(attempt);
                    Thread b = new Thread(attempt);
                    a.start();
                    b.start();
                    a.join();
                    b.join();
                    return switch (winners.get()) {
                        case 1 -> "one-winner";
                        case 2 -> "two-winners";
                        default -> "no-winner";
                    };
                });
    }
}
