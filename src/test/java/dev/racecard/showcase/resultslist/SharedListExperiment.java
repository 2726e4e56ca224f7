package dev.racecard.showcase.resultslist;

import dev.racecard.experiments.BoundedThreads;
import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.junit.UnderTest;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Seed 001's parallel download: workers each append their results to one list while a progress
 * display counts them, are joined, and the list is read. Declared through the public JUnit
 * extension, as a user's tests are: each method runs once per variant and once per mutant in the
 * correct variant's place.
 */
class SharedListExperiment {

    static final int WORKERS = 4;
    static final int RESULTS_PER_WORKER = 1_000;
    static final int TRIALS = Budgets.trials(50);
    /** Far beyond a trial's milliseconds: only a list that blocks its callers reaches it (an error). */
    static final Duration BOUND = Duration.ofSeconds(30);

    /**
     * The list's API as Lincheck operations; a copy that throws is reported as a result, never lost.
     * One result is added before the threads, so the list has an array of its own: a new ArrayList
     * starts on a static empty array shared by every ArrayList, and Lincheck 3.7's snapshot tracker
     * reads the cell an add writes through Unsafe before the JVM checks the index, so a racy add past
     * the end of that shared array crashed the JVM (SIGSEGV in SnapshotTracker.trackArrayCell, in 1 of
     * 4 gate runs on 2 cores, JDK 17) and took the class's evidence with it. The races stay the
     * seed's: two adds into one slot (Lincheck); a worker's add past the end (JUnit, below).
     */
    public static class SharedListSpec {
        private final SharedList list = UnderTest.create(SharedList.class);

        public SharedListSpec() {
            list.add("before the threads");
        }

        @Operation
        public String add(int result) {
            try {
                list.add("r" + result);
                return "ok";
            } catch (RuntimeException e) {
                return e.getClass().getSimpleName();
            }
        }

        @Operation
        public int size() {
            return list.snapshot().size();
        }
    }

    @RacecardTest(pattern = "results-list")
    void addsFromTwoThreadsAreLinearizable(Evidence evidence) {
        evidence.lincheck(new ModelCheckingOptions().iterations(10 * Budgets.scale()).invocationsPerIteration(200)
                .threads(2).actorsPerThread(2), SharedListSpec.class);
    }

    /**
     * The seed's program, many times, with a progress display: while the workers append, a reader
     * counts the results so far. Every worker's every result must be in the list once, and every
     * count must be a number the list really had.
     */
    @RacecardTest(pattern = "results-list")
    void workersAppendTheirResults(Evidence evidence) throws Exception {
        int expected = WORKERS * RESULTS_PER_WORKER;
        evidence.trials(TRIALS)
                .acceptable("all", "all " + expected + " results are in the list, and every count read on the way "
                        + "was one the list had")
                .race("lost", "results are missing, or a null sits in a slot: two adds wrote the same slot, "
                        + "or one skipped a slot")
                .race("worker-failed", "a worker's add threw (ArrayIndexOutOfBoundsException while the array grew)")
                .race("misread", "a count taken while workers added threw (ConcurrentModificationException) or "
                        + "went back: the list was traversed while it changed")
                .forbidden("extra", "more results than were added, or one twice: impossible for any list")
                .run(() -> trial(evidence.create(SharedList.class)));
    }

    static String trial(SharedList list) throws InterruptedException {
        AtomicInteger workersDone = new AtomicInteger();
        AtomicReference<String> reading = new AtomicReference<>();
        Runnable[] threads = new Runnable[WORKERS + 1];
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            threads[w] = () -> {
                try {
                    for (int i = 0; i < RESULTS_PER_WORKER; i++) {
                        list.add(worker + ":" + i);
                    }
                } finally {
                    workersDone.incrementAndGet();
                }
            };
        }
        threads[WORKERS] = () -> reading.set(watchProgress(list, workersDone));
        BoundedThreads.Run run = BoundedThreads.run(BOUND, threads);
        switch (run.ending()) {
            case COMPLETED -> {
            }
            case FAILED -> {
                if (run.failure() instanceof RuntimeException) {
                    return "worker-failed";
                }
                throw new IllegalStateException("a worker failed", run.failure());
            }
            default -> throw new IllegalStateException("the workers and the reader did not all return within "
                    + BOUND.toSeconds() + " s: " + run);
        }
        List<String> results = list.snapshot();
        List<String> added = results.stream().filter(Objects::nonNull).toList();
        if (added.size() > WORKERS * RESULTS_PER_WORKER || new HashSet<>(added).size() != added.size()) {
            return "extra";
        }
        if (reading.get() != null || list.count(Objects::nonNull) != added.size()) {
            return "misread";
        }
        return added.size() == results.size() && added.size() == WORKERS * RESULTS_PER_WORKER ? "all" : "lost";
    }

    /**
     * Counts the results until every worker is done, as a progress display would.
     *
     * @return null if every count was at least the one before; else what went wrong
     */
    private static String watchProgress(SharedList list, AtomicInteger workersDone) {
        long last = 0;
        boolean done;
        do {
            done = workersDone.get() == WORKERS;
            long now;
            try {
                now = list.count(Objects::nonNull);
            } catch (RuntimeException e) {
                return e.toString();
            }
            if (now < last) {
                return "went back from " + last + " to " + now;
            }
            last = now;
        } while (!done);
        return null;
    }
}
