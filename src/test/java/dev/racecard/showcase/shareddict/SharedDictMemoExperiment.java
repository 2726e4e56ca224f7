package dev.racecard.showcase.shareddict;

import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.junit.Trials;
import dev.racecard.junit.UnderTest;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntUnaryOperator;

import static dev.racecard.showcase.shareddict.DictWorkers.BOUND;
import static dev.racecard.showcase.shareddict.DictWorkers.KEYS;
import static dev.racecard.showcase.shareddict.DictWorkers.NEVER_RETURNED;
import static dev.racecard.showcase.shareddict.DictWorkers.STOPPED;
import static dev.racecard.showcase.shareddict.DictWorkers.TRIALS;
import static dev.racecard.showcase.shareddict.DictWorkers.WORKERS;
import static dev.racecard.showcase.shareddict.DictWorkers.square;
import static dev.racecard.showcase.shareddict.DictWorkers.valueOf;

/**
 * The seed's program (seed 001, "Getting Results from Threads — Method 1") where every worker needs
 * the same results and asks the dict to compute each one once: check-then-act's race is a result
 * computed twice. Run many times per subject; each run is one outcome. Lincheck model-checks
 * get-or-compute as ONE operation, plus how many times the computation ran: check-then-act must
 * yield a counterexample (two callers computed the same key).
 */
class SharedDictMemoExperiment {

    static final int SHARED_RESULTS = 4096;

    /**
     * get-or-compute; the compute function counts its runs, so a double computation shows. A dict
     * that throws (HashMap.computeIfAbsent's ConcurrentModificationException) answers -1, a
     * result no sequential order gives, as the jcstress test does; an exception escaping an
     * operation would be an unexpected-exception failure, a tool error rather than the race.
     */
    public static class MemoSpec {
        private final AtomicInteger computations = new AtomicInteger();
        private final MemoDict dict = UnderTest.create(MemoDict.class);

        @Operation
        public int getOrCompute(@Param(gen = IntGen.class, conf = KEYS) int key) {
            try {
                return dict.getOrCompute(key, this::square);
            } catch (RuntimeException e) {
                return -1;
            }
        }

        @Operation
        public int computations() {
            return computations.get();
        }

        private int square(int key) {
            computations.incrementAndGet();
            return key * key;
        }
    }

    @RacecardTest(pattern = "shared-dict")
    void getOrComputeIsLinearizable(Evidence evidence) {
        evidence.lincheck(DictWorkers.lincheckBudget(), MemoSpec.class);
    }

    @RacecardTest(pattern = "shared-dict")
    void workersShareComputedResults(Evidence evidence) throws Exception {
        List<Integer> extra = new ArrayList<>();
        Set<String> thrown = new TreeSet<>();
        AtomicBoolean neverReturned = new AtomicBoolean();
        Trials trials = evidence.trials(TRIALS)
                .acceptable("once", "each of the " + SHARED_RESULTS + " results computed exactly once")
                .race("twice", "a result computed more than once: two workers both saw it absent")
                .forbidden("wrong", "a worker got a wrong value, or a result was never computed: impossible")
                .forbidden("threw", "a worker's getOrCompute threw")
                .forbidden(NEVER_RETURNED, "a worker's getOrCompute never returned (spinning or waiting for good "
                        + "at " + BOUND.toSeconds() + " s): impossible for these dicts")
                .setting("workers", WORKERS).setting("shared results", SHARED_RESULTS)
                .stopWhen(neverReturned::get, STOPPED);
        trials.run(() -> {
            AtomicIntegerArray computations = new AtomicIntegerArray(SHARED_RESULTS);
            IntUnaryOperator compute = task -> {
                computations.incrementAndGet(task);
                return square(valueOf(task));
            };
            AtomicReference<String> exception = new AtomicReference<>();
            AtomicBoolean allRight = new AtomicBoolean(true);
            if (!askAll(evidence.create(MemoDict.class), compute, allRight, exception)) {
                neverReturned.set(true);
                return NEVER_RETURNED;
            }
            boolean wrong = !allRight.get();
            int extraComputations = 0;
            for (int task = 0; task < SHARED_RESULTS; task++) {
                wrong |= computations.get(task) == 0;
                extraComputations += Math.max(0, computations.get(task) - 1);
            }
            if (extraComputations > 0) {
                extra.add(extraComputations);
                trials.describe("twice", "a result computed more than once: two workers both saw it absent "
                        + DictWorkers.perTrial(extra, "extra computations"));
            }
            if (exception.get() != null && thrown.add(exception.get())) {
                trials.describe("threw", "a worker's getOrCompute threw (" + thrown + ")");
            }
            return exception.get() != null ? "threw" : wrong ? "wrong" : extraComputations > 0 ? "twice" : "once";
        });
    }

    /**
     * Every worker needs every shared result, in the same order.
     *
     * @param allRight cleared when a worker got a wrong value for a result it asked for
     * @return whether every worker returned; false when one spun or waited for good, with evidence
     */
    static boolean askAll(MemoDict dict, IntUnaryOperator compute, AtomicBoolean allRight,
                          AtomicReference<String> thrown) throws InterruptedException {
        return DictWorkers.runTogether(worker -> {
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
}
