package dev.racecard.showcase.shareddict;

import dev.racecard.experiments.SpinWatch;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.junit.Trials;
import dev.racecard.junit.UnderTest;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.Validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static dev.racecard.showcase.shareddict.DictWorkers.BOUND;
import static dev.racecard.showcase.shareddict.DictWorkers.KEYS;
import static dev.racecard.showcase.shareddict.DictWorkers.NEVER_RETURNED;
import static dev.racecard.showcase.shareddict.DictWorkers.STOPPED;
import static dev.racecard.showcase.shareddict.DictWorkers.TRIALS;
import static dev.racecard.showcase.shareddict.DictWorkers.WORKERS;
import static dev.racecard.showcase.shareddict.DictWorkers.square;
import static dev.racecard.showcase.shareddict.DictWorkers.valueOf;

/**
 * The seed's own program (seed 001, "Getting Results from Threads — Method 1"): worker threads
 * each store the square of their value under their task id in a shared dict, are joined, and the
 * dict is checked. Run many times per subject; each run is one outcome. Lincheck model-checks the
 * dict's put and get too, with two threads: the plain HashMap must yield a counterexample.
 *
 * <p>Each worker stores its share of many results (task ids w, w + 8, w + 16, ...) rather than
 * the seed's one: a single put is far shorter than the time a woken thread takes to start, so
 * one-result workers rarely overlap (measured: 1 to 2% of trials with 16 workers, 2 cores).
 */
class SharedDictStoreExperiment {

    /** Many results per worker, as the counter does a million increments: see the class comment. */
    static final int RESULTS_PER_WORKER = 2048;
    static final int TASKS = WORKERS * RESULTS_PER_WORKER;

    /**
     * The seed's dict of results; a worker stores the square of its task id, as the seed does.
     * size() is checked after the threads are done, as the seed reads the dict after join, and is
     * no operation: ConcurrentHashMap.size() is only an estimate while puts are in flight (Lincheck
     * shows get(1) = 1, then size() = 0, beside a running put(1)).
     */
    public static class StoreSpec {
        private final SharedDict dict = UnderTest.create(SharedDict.class);

        @Operation
        public void put(@Param(gen = IntGen.class, conf = KEYS) int key) {
            dict.put(key, key * key);
        }

        @Operation
        public Integer get(@Param(gen = IntGen.class, conf = KEYS) int key) {
            return dict.get(key);
        }

        @Validate
        public void sizeCountsTheStoredEntries() {
            int stored = (dict.get(1) == null ? 0 : 1) + (dict.get(2) == null ? 0 : 1);
            if (dict.size() != stored) {
                throw new IllegalStateException("size() is " + dict.size() + " but " + stored + " entries are stored");
            }
        }
    }

    @RacecardTest(pattern = "shared-dict")
    void putsAndGetsAreLinearizable(Evidence evidence) {
        evidence.lincheck(DictWorkers.lincheckBudget(), StoreSpec.class);
    }

    @RacecardTest(pattern = "shared-dict")
    void workersStoreTheirResults(Evidence evidence) throws Exception {
        List<Integer> missing = new ArrayList<>();
        Set<String> thrown = new TreeSet<>();
        AtomicBoolean neverReturned = new AtomicBoolean();
        Trials trials = evidence.trials(TRIALS)
                .acceptable("all", "all " + TASKS + " results present, size " + TASKS)
                .race("missing", "results missing: a put was lost")
                .race("size", "all results present, but size() is not " + TASKS)
                .race("threw", "a worker's put threw: the map's structure was corrupted")
                .race(NEVER_RETURNED, "a worker's put never returned (still running after " + BOUND.toSeconds()
                        + " s, having spun " + SpinWatch.CPU_EVIDENCE.toMillis() + " ms of CPU or more): the map's "
                        + "structure was corrupted into a loop")
                .forbidden("wrong", "a task id holds another task's result: impossible for any map")
                .setting("workers", WORKERS).setting("results per worker", RESULTS_PER_WORKER)
                .stopWhen(neverReturned::get, STOPPED);
        trials.run(() -> {
            SharedDict dict = evidence.create(SharedDict.class);
            AtomicReference<String> thrownBy = new AtomicReference<>();
            if (!storeAll(dict, thrownBy)) {
                neverReturned.set(true);
                return NEVER_RETURNED; // the dict is not read: a get in a looped bin would spin too
            }
            int lost = missing(dict);
            String outcome = outcome(dict, thrownBy.get() != null, lost);
            if (outcome.equals("missing")) {
                missing.add(lost);
                trials.describe("missing", "results missing: a put was lost "
                        + DictWorkers.perTrial(missing, "of " + TASKS + " missing"));
            }
            if (thrownBy.get() != null && thrown.add(thrownBy.get())) {
                trials.describe("threw", "a worker's put threw: the map's structure was corrupted (" + thrown + ")");
            }
            return outcome;
        });
    }

    /** The worst thing the dict shows after the workers are done. */
    private static String outcome(SharedDict dict, boolean threw, int missing) {
        boolean wrong = false;
        for (int task = 0; task < TASKS; task++) {
            Integer found = dict.get(task);
            wrong |= found != null && found != square(valueOf(task));
        }
        return wrong ? "wrong" : threw ? "threw" : missing > 0 ? "missing" : dict.size() != TASKS ? "size" : "all";
    }

    private static int missing(SharedDict dict) {
        int lost = 0;
        for (int task = 0; task < TASKS; task++) {
            lost += dict.get(task) == null ? 1 : 0;
        }
        return lost;
    }

    /**
     * The seed's program: start the workers together, each stores its results; join them all.
     *
     * @param thrown set to the class of the exception a worker's put threw, if any
     * @return whether every worker returned; false when one spun or waited for good, with evidence
     */
    static boolean storeAll(SharedDict dict, AtomicReference<String> thrown) throws InterruptedException {
        return DictWorkers.runTogether(worker -> {
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
}
