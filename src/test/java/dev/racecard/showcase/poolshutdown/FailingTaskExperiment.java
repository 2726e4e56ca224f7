package dev.racecard.showcase.poolshutdown;

import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.racecard.showcase.poolshutdown.BatchOutcomes.FAILED;
import static dev.racecard.showcase.poolshutdown.BatchOutcomes.MAIN_STUCK;
import static dev.racecard.showcase.poolshutdown.BatchOutcomes.FAILURE_LOST;
import static dev.racecard.showcase.poolshutdown.BatchOutcomes.FAILURE_REPORTED;
import static dev.racecard.showcase.poolshutdown.BatchOutcomes.NEVER_EXITS;
import static dev.racecard.showcase.poolshutdown.BatchOutcomes.UNEXPLAINED;
import static dev.racecard.showcase.poolshutdown.BatchOutcomes.WORK_LOST;

/**
 * The same programs and batches as {@link PoolShutdownExperiment}, but some fetches fail, as
 * users' tasks do: one in {@link #FAIL_EVERY}, which is the second of the seed's three URLs. In the
 * seed, iterating {@code executor.map}'s results raises the failed call's exception in the main
 * thread, after the {@code with} block has waited for every other call. A correct Java program
 * does the same: every other task's record is written, main throws the task's failure, and the
 * JVM exits. A program that never reads its Futures loses the failure without a word.
 */
class FailingTaskExperiment {

    /** The same batches, in the same turn, as the experiment without failures. */
    static final int[] TASKS = PoolShutdownExperiment.TASKS;
    /** Task i fails when i % 1000 == 1: url1 of the seed's three, and 8 of the 8,000. */
    static final int FAIL_EVERY = 1_000;
    static final int TRIALS = Budgets.trials(2);

    @TempDir
    Path work;

    @RacecardTest(pattern = "pool-shutdown")
    void aFailingTaskReachesMain(Evidence evidence) throws Exception {
        String program = evidence.subject().implementation();
        int[] trial = {0};
        evidence.childJvmTrials(TRIALS)
                .acceptable(FAILURE_REPORTED, "every other task's record is in the log, once; main threw the "
                        + "task's failure, and the JVM exited by itself with status 1")
                .race(FAILURE_LOST, "every other task's record is in the log and the JVM exited with status 0: "
                        + "the failure stayed in a Future nobody read")
                .race(NEVER_EXITS, "every other record is in the log, but after main ended the JVM was held by "
                        + "the pool's idle workers, as the program said, and was killed")
                .race(WORK_LOST, "records of tasks that did not fail are missing: they were still queued or "
                        + "running when the program closed the log")
                .forbidden(MAIN_STUCK, "main never ended: it waited (a get() or join()) with every other "
                        + "non-daemon thread gone, as the program said before it was killed at the start-up limit; "
                        + "a Future no thread will complete (no racy variant ends this way)")
                .forbidden(FAILED, "the program crashed before the end of main, or main threw an error no task "
                        + "threw (a program killed before main ended is a timeout of the experiment, an error)")
                .forbidden(UNEXPLAINED, "records repeated, torn or unknown (a failing task writes none), or a JVM "
                        + "kept alive after main by something other than the pool's workers")
                .run(() -> BatchOutcomes.trial(program, evidence.subject().toString(), ++trial[0],
                        new BatchOutcomes.Batch(TASKS[(trial[0] - 1) % TASKS.length], FAIL_EVERY), work));
    }
}
