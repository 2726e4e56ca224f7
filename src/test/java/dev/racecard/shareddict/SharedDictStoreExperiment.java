package dev.racecard.shareddict;

import dev.racecard.catalog.Tool;
import dev.racecard.evidence.Budgets;
import dev.racecard.junit.Subject;
import dev.racecard.evidence.Subjects;
import dev.racecard.evidence.TrialHistogram;
import dev.racecard.experiments.BoundedThreads;
import dev.racecard.experiments.SpinWatch;
import dev.racecard.patterns.shareddict.MemoDict;
import dev.racecard.patterns.shareddict.SharedDict;
import dev.racecard.report.model.Expectation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;

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
 *
 * <p>Every variant, and every mutant in a correct variant's place, runs the same trials; the
 * experiment records what happened and the gate judges it. It fails only when it could not run.
 */
class SharedDictSeedExperiment {

    static final String PATTERN = "shared-dict";
    static final int WORKERS = 8;
    /** Many results per worker, as the counter does a million increments: see the class comment. */
    static final int RESULTS_PER_WORKER = 2048;
    static final int SHARED_RESULTS = 4096;
    /**
     * 200 under the gate budget: check-then-act's double computation shows in 7 to 33% of trials
     * (2 cores shared with other work, JDK 17), the mutants' races in 2.5 to 45% of them.
     */
    static final int TRIALS = Budgets.trials(200);
    /**
     * The work takes milliseconds. A worker still running after this never returns: a plain
     * HashMap's put, racing another's resize, once spun in TreeNode.balanceInsertion for good (a
     * corrupted tree bin; jstack after 16 minutes, 1 of 5 full builds), and the unbounded join hung
     * the build.
     */
    static final Duration BOUND = Duration.ofSeconds(10);
    static final String NEVER_RETURNED = "never-returned";
    /** A worker that never returns keeps a core spinning: the trials after it would not be the same trials. */
    static final String STOPPED = "after a worker never returned: it keeps spinning on a core, beside any later trial";

    static Stream<Subject> storingDicts() {
        return Subjects.of(PATTERN, Tool.JUNIT, "plain-hashmap", "synchronized", "compute-if-absent");
    }

    static Stream<Subject> memoDicts() {
        return Subjects.of(PATTERN, Tool.JUNIT, "check-then-act", "synchronized", "compute-if-absent");
    }

    /** The test id of one of this experiment's two programs run on a subject: {@code <class>#store:<variant>}. */
    static String testId(String program, Subject subject) {
        return SharedDictSeedExperiment.class.getName() + "#" + program + ":" + subject.variantId();
    }

    static int square(int value) {
        return value * value;
    }

    /** The value the seed gives task i: {@code args=(i, i + 10)}. */
    static int valueOf(int task) {
        return task + 10;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storingDicts")
    void workersStoreTheirResults(Subject subject) throws InterruptedException {
        int tasks = WORKERS * RESULTS_PER_WORKER;
        Expectation race = subject.raceOutcome();
        TrialHistogram histogram = new TrialHistogram(subject, Tool.JUNIT, testId("store", subject))
                .outcome("all", "all " + tasks + " results present, size " + tasks, Expectation.ACCEPTABLE)
                .outcome("missing", "results missing: a put was lost", race)
                .outcome("size", "all results present, but size() is not " + tasks, race)
                .outcome("threw", "a worker's put threw: the map's structure was corrupted", race)
                .outcome(NEVER_RETURNED, "a worker's put never returned (still running after " + BOUND.toSeconds()
                        + " s, having spun " + SpinWatch.CPU_EVIDENCE.toMillis() + " ms of CPU or more): the map's "
                        + "structure was corrupted into a loop", race)
                .outcome("wrong", "a task id holds another task's result: impossible for any map", Expectation.FORBIDDEN)
                .setting("workers", WORKERS).setting("results per worker", RESULTS_PER_WORKER).setting("trials", TRIALS);

        int[] missing = new int[TRIALS];
        Set<String> thrown = new TreeSet<>();
        for (int trial = 0; trial < TRIALS && !histogram.killed(); trial++) {
            SharedDict dict = subject.create(SharedDict.class);
            AtomicReference<String> thrownBy = new AtomicReference<>();
            if (!storeAll(dict, thrownBy)) {
                histogram.observe(NEVER_RETURNED);
                histogram.setting("stopped", STOPPED);
                break; // the dict is not read: a get in a looped bin would spin too
            }
            String exception = thrownBy.get();
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
    }

    /**
     * The seed's program: start the workers together, each stores its results; join them all.
     *
     * @param thrown set to the class of the exception a worker's put threw, if any
     * @return whether every worker returned; false when one spun or waited for good, with evidence
     */
    static boolean storeAll(SharedDict dict, AtomicReference<String> thrown) throws InterruptedException {
        return runTogether(worker -> {
            try {
                for (int i = 0; i < RESULTS_PER_WORKER; i++) {
                    int task = worker + i * WORKERS;
                    dict.put(task, square(valueOf(task)));
                }
            } catch (RuntimeException e) {
                thrown.compareAndSet(null, e.getClass().getSimpleName());
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("memoDicts")
    void workersShareComputedResults(Subject subject) throws InterruptedException {
        TrialHistogram histogram = new TrialHistogram(subject, Tool.JUNIT, testId("memo", subject))
                .outcome("once", "each of the " + SHARED_RESULTS + " results computed exactly once", Expectation.ACCEPTABLE)
                .outcome("twice", "a result computed more than once: two workers both saw it absent",
                        subject.raceOutcome())
                .outcome("wrong", "a worker got a wrong value, or a result was never computed: impossible",
                        Expectation.FORBIDDEN)
                .outcome("threw", "a worker's getOrCompute threw", Expectation.FORBIDDEN)
                .outcome(NEVER_RETURNED, "a worker's getOrCompute never returned (spinning or waiting for good "
                        + "at " + BOUND.toSeconds() + " s): impossible for these dicts", Expectation.FORBIDDEN)
                .setting("workers", WORKERS).setting("shared results", SHARED_RESULTS).setting("trials", TRIALS);

        int[] extra = new int[TRIALS];
        Set<String> thrown = new TreeSet<>();
        for (int trial = 0; trial < TRIALS && !histogram.killed(); trial++) {
            AtomicIntegerArray computations = new AtomicIntegerArray(SHARED_RESULTS);
            IntUnaryOperator compute = task -> {
                computations.incrementAndGet(task);
                return square(valueOf(task));
            };
            AtomicReference<String> exception = new AtomicReference<>();
            AtomicBoolean allRight = new AtomicBoolean(true);
            if (!askAll(subject.create(MemoDict.class), compute, allRight, exception)) {
                histogram.observe(NEVER_RETURNED);
                histogram.setting("stopped", STOPPED);
                break;
            }
            boolean wrong = !allRight.get();
            for (int task = 0; task < SHARED_RESULTS; task++) {
                wrong |= computations.get(task) == 0;
                extra[trial] += Math.max(0, computations.get(task) - 1);
            }
            if (exception.get() != null) {
                thrown.add(exception.get());
            }
            histogram.observe(exception.get() != null ? "threw" : wrong ? "wrong" : extra[trial] > 0 ? "twice" : "once");
        }
        describeExtra(histogram, extra);
        if (!thrown.isEmpty()) {
            histogram.describe("threw", "a worker's getOrCompute threw (" + thrown + ")");
        }
        histogram.record();
    }

    /**
     * Every worker needs every shared result, in the same order.
     *
     * @param allRight cleared when a worker got a wrong value for a result it asked for
     * @return whether every worker returned; false when one spun or waited for good, with evidence
     */
    static boolean askAll(MemoDict dict, IntUnaryOperator compute, AtomicBoolean allRight,
                          AtomicReference<String> thrown) throws InterruptedException {
        return runTogether(worker -> {
            try {
                for (int task = 0; task < SHARED_RESULTS; task++) {
                    if (dict.getOrCompute(task, compute) != square(valueOf(task))) {
                        allRight.set(false);
                    }
                }
            } catch (RuntimeException e) {
                thrown.compareAndSet(null, e.getClass().getSimpleName());
            }
        });
    }

    interface Work {
        void run(int worker);
    }

    /**
     * Starts WORKERS threads together (BoundedThreads' start latch lines them up so they overlap; it
     * adds no delay to the dict's code) and waits for them at most {@link #BOUND}.
     *
     * @return whether every worker returned; false when one spun (CPU) or waited for good (the JVM's
     *         thread states) at the bound; a bound reached without such evidence is an error of the
     *         experiment. A worker's own exceptions are the work's to catch
     */
    static boolean runTogether(Work work) throws InterruptedException {
        Runnable[] workers = new Runnable[WORKERS];
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            workers[w] = () -> work.run(worker);
        }
        BoundedThreads.Run run = BoundedThreads.run(BOUND, workers);
        return switch (run.ending()) {
            case COMPLETED -> true;
            case FAILED -> throw new IllegalStateException("a worker threw past the work's own catch", run.failure());
            // a lock a mutant never releases, with the JVM's evidence
            case DEADLOCKED, WAITING_FOREVER -> false;
            // a put spinning in a looped bin: its CPU since the start, hundreds of times what the puts need
            case TIMED_OUT -> {
                if (run.spunPast(SpinWatch.CPU_EVIDENCE)) {
                    yield false;
                }
                throw run.timeoutError();
            }
        };
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
