package dev.racecard.showcase.poolshutdown;

import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.racecard.showcase.poolshutdown.BatchOutcomes.ALL_WRITTEN_EXITED;
import static dev.racecard.showcase.poolshutdown.BatchOutcomes.FAILED;
import static dev.racecard.showcase.poolshutdown.BatchOutcomes.MAIN_STUCK;
import static dev.racecard.showcase.poolshutdown.BatchOutcomes.NEVER_EXITS;
import static dev.racecard.showcase.poolshutdown.BatchOutcomes.UNEXPLAINED;
import static dev.racecard.showcase.poolshutdown.BatchOutcomes.WORK_LOST;

/**
 * Seeds 002/003: "the executor handles thread creation, reuse, and cleanup automatically". Each
 * trial runs the subject's whole program (a variant, or a mutant in its place) in a child JVM
 * ({@link BatchOutcomes}): a batch of tasks that each append a record to a log, on a pool the
 * program then ends its way, closing the log and ending main. What is on disk says whether every
 * task ran before the log was closed; whether the JVM exits says whether the pool let it.
 * <p>
 * The hang clock starts when the program says main ends, so neither JVM start-up nor the batch
 * counts against it: a JVM whose program says the pool's workers still hold it is killed at that
 * line, and one that says nothing is killed {@link BatchOutcomes#EXIT_LIMIT} later as a timeout of
 * the experiment: never a hung build, never a verdict without the program's word. Trials take
 * turns at a batch of short jobs long enough that a pool ended too soon still has tasks queued,
 * and the seed's three URLs. The experiment records; the gate judges.
 */
class PoolShutdownExperiment {

    /**
     * Tasks per trial, in turn, the long batch first (a mutant's trials stop at its first forbidden
     * outcome): 8,000 short jobs (seed 003's "batches of short jobs") keep four workers busy for
     * 0.3 to 6 s on 2 shared cores (measured), so a program that does not wait still has most of
     * them queued; then the seed's three URLs. No timeout of any variant or mutant is set against it.
     */
    static final int[] TASKS = {8_000, 3};
    static final int TRIALS = Budgets.trials(3);

    @TempDir
    Path work;

    @RacecardTest(pattern = "pool-shutdown")
    void everyTaskRunsAndTheJvmExits(Evidence evidence) throws Exception {
        String program = evidence.subject().implementation();
        int[] trial = {0};
        evidence.childJvmTrials(TRIALS)
                .acceptable(ALL_WRITTEN_EXITED, "every task's record is in the log, once, and the JVM exited by "
                        + "itself with status 0")
                .race(NEVER_EXITS, "every record is in the log, but after main ended the JVM was still there, "
                        + "held by the pool's idle workers (non-daemon threads waiting for more tasks), as the "
                        + "program said, and was killed")
                .race(WORK_LOST, "main ended and the JVM exited (or was still running the pool's queue when "
                        + "killed), but records are missing: their tasks were still queued or running when the "
                        + "program closed the log")
                .forbidden(MAIN_STUCK, "main never ended: it waited (a get() or join()) with every other "
                        + "non-daemon thread gone, as the program said before it was killed at the start-up limit; "
                        + "a Future no thread will complete (no racy variant ends this way)")
                .forbidden(FAILED, "the program crashed before the end of main, or main threw an error no task "
                        + "threw (a program killed before main ended is a timeout of the experiment, an error)")
                .forbidden(UNEXPLAINED, "records repeated, torn or unknown, or a JVM kept alive after main by "
                        + "something other than the pool's workers: no way of ending a pool explains it")
                .run(() -> BatchOutcomes.trial(program, evidence.subject().toString(), ++trial[0],
                        new BatchOutcomes.Batch(TASKS[(trial[0] - 1) % TASKS.length], 0), work));
    }
}
