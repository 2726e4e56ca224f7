package dev.racecard.showcase.stopflag;

import dev.racecard.experiments.ChildJvm;
import dev.racecard.experiments.SpinWatch;
import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Seed 004's program, run as written in a child JVM with the JIT at full strength: main starts the
 * worker, lets it work, requests the stop and joins it. A worker that never sees the request keeps
 * the child alive; the harness kills it at a timeout and records the hang as the outcome it is.
 *
 * <p>Trials take turns at two shapes, because stops go missing at different moments: one worker
 * stopped after {@value #WORK_MILLIS} ms of work, by when the JIT has compiled its loop (a read
 * hoisted out of it, an interrupt cleared inside it); and {@value #AT_ONCE_WORKERS} workers in
 * turn, each stopped right after start(), which may be before it has reached its loop (a flag the
 * worker then resets): whether it is depends on which thread the scheduler runs first, so one
 * such stop showed the reset flag in 16 of 20 child JVMs here, and ten in a row nearly always do.
 * The hang clock starts when the child says it is ready, not at process start: a slow JVM
 * start-up on busy cores is never a hang.
 */
class StopFlagExperiment {

    static final int TRIALS = Budgets.trials(4);
    /**
     * The seed's main waits 3 s; a few hundred ms are enough for C2 to compile the loop (measured on
     * the plain flag: stopped after 20-200 ms, it never stopped in 23 of 24 child JVMs; after 300 ms, 8 of 8).
     */
    static final long WORK_MILLIS = 300;
    static final int AT_ONCE_WORKERS = 10;
    /**
     * From the ready line, for a child that shows no worker spinning past its stop: the work takes
     * under a second, so this is all margin for busy cores; a child whose worker used
     * {@link SpinWatch#CPU_EVIDENCE} of CPU after its stop request is killed at that line.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path work;

    @RacecardTest(pattern = "stop-flag")
    void mainStopsTheWorkerAndJoinsIt(Evidence evidence) throws Exception {
        ChildJvm jvm = new ChildJvm(System.getProperty("java.class.path"),
                List.of("-Xmx64m", "-Xshare:auto", "-XX:+UseSerialGC"), TIMEOUT)
                .startingClockAt(StopWorkerProgram.READY, STARTUP_LIMIT).killedAtLine(StopWorkerProgram.STILL_WORKING);
        String worker = evidence.subject().implementation();
        int[] trial = {0};
        evidence.childJvmTrials(TRIALS)
                .acceptable("stopped", "every worker saw the stop request and returned: main's join() "
                        + "returned and it printed the units done")
                .race("never-stops", "a worker never saw the stop request: it used "
                        + SpinWatch.CPU_EVIDENCE.toMillis() + " ms of CPU after it (a worker that sees it stops "
                        + "within microseconds) and was still working, killed")
                .run(() -> {
                    boolean afterWork = trial[0]++ % 2 == 0;
                    int workers = afterWork ? 1 : AT_ONCE_WORKERS;
                    ChildJvm.Exit exit = jvm.run(StopWorkerProgram.class, work, worker,
                            Long.toString(afterWork ? WORK_MILLIS : 0), Integer.toString(workers));
                    String outcome = classify(exit, workers);
                    if (outcome.equals(NOT_RUN)) {
                        // the child never ran the program to either end: a tool failure, never the race
                        throw new IllegalStateException("the child JVM did not run the experiment ("
                                + (afterWork ? "stopped after work" : "stopped at once") + "): " + describe(exit));
                    }
                    return outcome;
                });
    }

    /** What {@link #classify} says of a child that never got ready, exited with an error or printed something else. */
    static final String NOT_RUN = "not-run";

    /** Which end the child's run of {@code workers} workers shows, or {@link #NOT_RUN}. */
    static String classify(ChildJvm.Exit exit, int workers) {
        if (!exit.ready()) {
            return NOT_RUN;
        }
        List<String> lines = exit.linesAfter(StopWorkerProgram.READY);
        boolean spinning = !lines.isEmpty() && lines.get(lines.size() - 1).startsWith(StopWorkerProgram.STILL_WORKING);
        if (spinning) {
            lines = lines.subList(0, lines.size() - 1);
        }
        if (!lines.stream().allMatch(line -> line.matches(StopWorkerProgram.STOPPED + "\\d+ units"))) {
            return NOT_RUN;
        }
        if (exit.hung()) {
            // killed without a worker's CPU time to show it spins: slow, or all stopped yet not exited
            return spinning && lines.size() < workers ? "never-stops" : NOT_RUN;
        }
        return exit.exitCode() == 0 && lines.size() == workers ? "stopped" : NOT_RUN;
    }

    private static String describe(ChildJvm.Exit exit) {
        String state = !exit.ready() ? "never printed '" + StopWorkerProgram.READY + "'"
                + (exit.hung() ? " within " + STARTUP_LIMIT.toSeconds() + " s, killed" : "")
                : exit.hung() ? "killed at the timeout, with no worker shown spinning past its stop request"
                : "exited with status " + exit.exitCode();
        return state + "; output: " + exit.outputExcerpt();
    }
}
