package dev.racecard.shareddict;

import dev.racecard.evidence.Budgets;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.evidence.CatalogVariants;
import dev.racecard.evidence.TrialHistogram;
import dev.racecard.patterns.shareddict.CheckThenActDict;
import dev.racecard.patterns.shareddict.ComputeIfAbsentDict;
import dev.racecard.patterns.shareddict.MemoDict;
import dev.racecard.patterns.shareddict.PlainHashMapDict;
import dev.racecard.patterns.shareddict.SharedDict;
import dev.racecard.patterns.shareddict.SynchronizedDict;
import dev.racecard.report.model.Expectation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seed's own program (seed 001, "Getting Results from Threads — Method 1"): worker threads
 * each store the square of their value under their task id in a shared dict, are joined, and the
 * dict is checked. Run many times per variant; each run is one outcome.
 *
 * <p>Each worker stores its share of many results (task ids w, w + 8, w + 16, ...) rather than
 * the seed's one: a single put is far shorter than the time a woken thread takes to start, so
 * one-result workers rarely overlap (measured: 1 to 2% of trials with 16 workers, 2 cores).
 *
 * <p>The memo experiment is the same program where every worker needs the same results and asks
 * the dict to compute each one once: check-then-act's race is a result computed twice.
 */
class SharedDictSeedExperiment {

    static final String PATTERN = "shared-dict";
    static final int WORKERS = 8;
    /** Many results per worker, as the counter does a million increments: see the class comment. */
    static final int RESULTS_PER_WORKER = 2048;
    static final int SHARED_RESULTS = 4096;
    /** 200 under the gate budget: the memo race shows in 23 to 45% of trials. */
    static final int TRIALS = Budgets.trials(200);

    static Stream<Arguments> storingVariants() {
        return Stream.of(
                Arguments.of("plain-hashmap", (Supplier<SharedDict>) PlainHashMapDict::new),
                Arguments.of("synchronized", (Supplier<SharedDict>) () -> new SynchronizedDict(SharedDictSeedExperiment::square)),
                Arguments.of("compute-if-absent", (Supplier<SharedDict>) () -> new ComputeIfAbsentDict(SharedDictSeedExperiment::square)));
    }

    static Stream<Arguments> memoVariants() {
        return Stream.of(
                Arguments.of("check-then-act", (Function<IntUnaryOperator, MemoDict>) CheckThenActDict::new),
                Arguments.of("synchronized", (Function<IntUnaryOperator, MemoDict>) SynchronizedDict::new),
                Arguments.of("compute-if-absent", (Function<IntUnaryOperator, MemoDict>) ComputeIfAbsentDict::new));
    }

    static int square(int value) {
        return value * value;
    }

    /** The value the seed gives task i: {@code args=(i, i + 10)}. */
    static int valueOf(int task) {
        return task + 10;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storingVariants")
    void workersStoreTheirResults(String variantId, Supplier<SharedDict> factory) throws InterruptedException {
        Variant variant = CatalogVariants.get(PATTERN, variantId);
        int tasks = WORKERS * RESULTS_PER_WORKER;
        Expectation race = CatalogVariants.raceOutcome(variant);
        TrialHistogram histogram = new TrialHistogram(PATTERN, variantId, getClass().getName() + "#store:" + variantId)
                .outcome("all", "all " + tasks + " results present, size " + tasks, Expectation.ACCEPTABLE)
                .outcome("missing", "results missing: a put was lost", race)
                .outcome("size", "all results present, but size() is not " + tasks, race)
                .outcome("threw", "a worker's put threw: the map's structure was corrupted", race)
                .outcome("wrong", "a task id holds another task's result: impossible for any map", Expectation.FORBIDDEN)
                .setting("workers", WORKERS).setting("results per worker", RESULTS_PER_WORKER).setting("trials", TRIALS);

        int[] missing = new int[TRIALS];
        Set<String> thrown = new TreeSet<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            SharedDict dict = factory.get();
            String exception = storeAll(dict);
            boolean threw = exception != null;
            if (threw) {
                thrown.add(exception);
            }
            int lost = 0;
            boolean wrong = false;
            for (int task = 0; task < tasks; task++) {
                Integer found = dict.get(task);
                lost += found == null ? 1 : 0;
                wrong |= found != null && found != square(valueOf(task));
            }
            String outcome = wrong ? "wrong" : threw ? "threw" : lost > 0 ? "missing" : dict.size() != tasks ? "size" : "all";
            missing[trial] = outcome.equals("missing") ? lost : 0;
            histogram.observe(outcome);
        }
        describeMissing(histogram, missing, tasks);
        if (!thrown.isEmpty()) {
            histogram.describe("threw", "a worker's put threw: the map's structure was corrupted (" + thrown + ")");
        }
        histogram.record();

        assertEquals(0, histogram.count("wrong"), "a task id held another task's result");
        if (variant.kind() == VariantKind.CORRECT) {
            long races = TRIALS - histogram.count("all");
            assertEquals(0, races, variantId + " lost or miscounted results in " + races + " of " + TRIALS + " trials");
        }
    }

    /**
     * The seed's program: start the workers together, each stores its results; join them all.
     *
     * @return the exception a worker's put threw, if any, else null
     */
    static String storeAll(SharedDict dict) throws InterruptedException {
        AtomicReference<String> thrown = new AtomicReference<>();
        runTogether(worker -> {
            try {
                for (int i = 0; i < RESULTS_PER_WORKER; i++) {
                    int task = worker + i * WORKERS;
                    dict.put(task, square(valueOf(task)));
                }
            } catch (RuntimeException e) {
                thrown.compareAndSet(null, e.getClass().getSimpleName());
            }
        });
        return thrown.get();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("memoVariants")
    void workersShareComputedResults(String variantId, Function<IntUnaryOperator, MemoDict> factory)
            throws InterruptedException {
        Variant variant = CatalogVariants.get(PATTERN, variantId);
        TrialHistogram histogram = new TrialHistogram(PATTERN, variantId, getClass().getName() + "#memo:" + variantId)
                .outcome("once", "each of the " + SHARED_RESULTS + " results computed exactly once", Expectation.ACCEPTABLE)
                .outcome("twice", "a result computed more than once: two workers both saw it absent",
                        CatalogVariants.raceOutcome(variant))
                .outcome("wrong", "a worker got a wrong value, or a result was never computed: impossible",
                        Expectation.FORBIDDEN)
                .setting("workers", WORKERS).setting("shared results", SHARED_RESULTS).setting("trials", TRIALS);

        int[] extra = new int[TRIALS];
        for (int trial = 0; trial < TRIALS; trial++) {
            AtomicIntegerArray computations = new AtomicIntegerArray(SHARED_RESULTS);
            MemoDict dict = factory.apply(task -> {
                computations.incrementAndGet(task);
                return square(valueOf(task));
            });
            boolean wrong = !askAll(dict);
            for (int task = 0; task < SHARED_RESULTS; task++) {
                wrong |= computations.get(task) == 0;
                extra[trial] += Math.max(0, computations.get(task) - 1);
            }
            histogram.observe(wrong ? "wrong" : extra[trial] > 0 ? "twice" : "once");
        }
        describeExtra(histogram, extra);
        histogram.record();

        assertEquals(0, histogram.count("wrong"), "a worker got a wrong value");
        if (variant.kind() == VariantKind.CORRECT) {
            assertEquals(0, histogram.count("twice"), variantId + " computed a result twice in "
                    + histogram.count("twice") + " of " + TRIALS + " trials");
        }
    }

    /** Every worker needs every shared result, in the same order. */
    static boolean askAll(MemoDict dict) throws InterruptedException {
        AtomicBoolean allRight = new AtomicBoolean(true);
        runTogether(worker -> {
            for (int task = 0; task < SHARED_RESULTS; task++) {
                if (dict.getOrCompute(task) != square(valueOf(task))) {
                    allRight.set(false);
                }
            }
        });
        return allRight.get();
    }

    interface Work {
        void run(int worker);
    }

    /** Starts WORKERS threads that wait on one latch, releases them together, joins them all. */
    static void runTogether(Work work) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        Thread[] threads = new Thread[WORKERS];
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            threads[w] = new Thread(() -> {
                awaitQuietly(start);
                work.run(worker);
            });
            threads[w].start();
        }
        // the latch only lines the workers up so they overlap; it adds no delay to the dict's code
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void describeMissing(TrialHistogram histogram, int[] missing, int tasks) {
        int[] losses = Arrays.stream(missing).filter(m -> m > 0).sorted().toArray();
        if (losses.length > 0) {
            histogram.describe("missing", String.format("results missing: a put was lost (%d to %d of %d missing "
                    + "per trial, median %d)", losses[0], losses[losses.length - 1], tasks, losses[losses.length / 2]));
        }
    }

    private static void describeExtra(TrialHistogram histogram, int[] extra) {
        int[] twice = Arrays.stream(extra).filter(e -> e > 0).sorted().toArray();
        if (twice.length > 0) {
            histogram.describe("twice", String.format("a result computed more than once: two workers both saw it "
                    + "absent (%d to %d extra computations per trial, median %d)",
                    twice[0], twice[twice.length - 1], twice[twice.length / 2]));
        }
    }
}
