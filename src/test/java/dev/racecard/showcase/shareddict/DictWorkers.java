package dev.racecard.showcase.shareddict;

import dev.racecard.experiments.BoundedThreads;
import dev.racecard.experiments.SpinWatch;
import dev.racecard.junit.Budgets;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;

import java.time.Duration;
import java.util.List;

/**
 * What the shared-dict experiments share: the seed's workers started together, each bounded in
 * time, the value the seed gives each task, and the Lincheck budget.
 *
 * <p>Each Lincheck spec declares its operations on itself: with the same operations inherited from
 * an abstract base, Lincheck 3.6 never found the plain HashMap's race (0 of 13 runs, against 11 of
 * 11 with the operations declared on the spec class itself).
 */
final class DictWorkers {

    static final int WORKERS = 8;
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
    static final String STOPPED = "a worker never returned: it keeps spinning on a core, beside any later trial";
    /** The keys the Lincheck specs use. */
    static final String KEYS = "1:2";

    private DictWorkers() {
    }

    /**
     * Half the counter's budget. On 2 cores, JDK 17, it found both races and killed the four
     * mutants that run through Lincheck in 3 of 3 runs (8 to 68 s per check, under load); it
     * never caught lock-per-key, not even with 20 scenarios.
     */
    static ModelCheckingOptions lincheckBudget() {
        return new ModelCheckingOptions().iterations(5 * Budgets.scale()).invocationsPerIteration(100)
                .threads(2).actorsPerThread(2);
    }

    static int square(int value) {
        return value * value;
    }

    /** The value the seed gives task i: {@code args=(i, i + 10)}. */
    static int valueOf(int task) {
        return task + 10;
    }

    interface Work {
        void run(int worker);
    }

    /**
     * Starts {@link #WORKERS} threads together (BoundedThreads' start latch lines them up so they
     * overlap; it adds no delay to the dict's code) and waits for them at most {@link #BOUND}.
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

    /** "(2 to 950 {@code what} per trial, median 12)" of the trials that had some. */
    static String perTrial(List<Integer> amounts, String what) {
        int[] seen = amounts.stream().mapToInt(Integer::intValue).sorted().toArray();
        return String.format("(%d to %d %s per trial, median %d)", seen[0], seen[seen.length - 1], what,
                seen[seen.length / 2]);
    }
}
