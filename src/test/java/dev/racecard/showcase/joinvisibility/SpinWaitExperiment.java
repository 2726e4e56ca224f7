package dev.racecard.showcase.joinvisibility;

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
 * The busy-wait on a done flag as a whole program in a child JVM, with the JIT at full strength:
 * a main thread that never sees the flag never exits, so the harness kills it at a timeout and
 * records the hang as the outcome it is.
 *
 * <p>The hang clock starts when the child prints that it is ready (its worker about to start),
 * not at process start: a slow JVM start-up on busy cores is never a hang. Each outcome is a
 * specific observation: the answer printed, {@code answer null} printed (main saw the flag but
 * not the answer), or still spinning at the timeout. A child that does not get ready, exits with
 * an error or prints anything else has not run the experiment: the evidence is an ERROR, a tool
 * failure, never the race.
 */
class SpinWaitExperiment {

    static final String PATTERN = "join-visibility";
    static final int TRIALS = Budgets.trials(3);
    /**
     * From the ready line, for a child that does not show main spinning past the flag: the job's
     * 300 ms, then all margin for busy cores; a main that used {@link SpinWatch#CPU_EVIDENCE} of CPU
     * after the flag was set is killed at that line.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path work;

    @RacecardTest(pattern = PATTERN)
    void mainSpinsUntilTheWorkerIsDone(Evidence evidence) throws Exception {
        String implementation = evidence.subject().implementation();
        ChildJvm jvm = new ChildJvm(System.getProperty("java.class.path"), List.of("-Xmx64m"), TIMEOUT)
                .startingClockAt(SpinWaitProgram.READY, STARTUP_LIMIT).killedAtLine(SpinWaitProgram.STILL_SPINNING);
        evidence.childJvmTrials(TRIALS)
                .acceptable("answer", "main saw the flag and printed the answer")
                .race("hung", "main never saw the flag: it used " + SpinWatch.CPU_EVIDENCE.toMillis()
                        + " ms of CPU after the worker set it (a main that sees it stops within microseconds) "
                        + "and was still spinning, killed")
                .race("stale", "main saw the flag but read no answer: it printed 'answer null'")
                .setting("timeout", TIMEOUT.toSeconds() + " s from the child's '" + SpinWaitProgram.READY + "' line")
                .setting("child JVM", "java (default JIT) " + SpinWaitProgram.class.getSimpleName() + " "
                        + implementation)
                .run(() -> {
                    ChildJvm.Exit exit = jvm.run(SpinWaitProgram.class, work, implementation);
                    String outcome = classify(exit);
                    if (outcome == null) {
                        // the program did not run as the experiment needs: a tool failure, never the race
                        throw new IllegalStateException("the child JVM did not run the experiment: " + describe(exit));
                    }
                    return outcome;
                });
    }

    /** The outcome a child's run shows, or null when it shows none of them. */
    static String classify(ChildJvm.Exit exit) {
        if (!exit.ready()) {
            return null;
        }
        List<String> lines = exit.linesAfter(SpinWaitProgram.READY);
        if (exit.hung()) {
            // killed without main's CPU time to show it spins past the flag: slow, not the race
            return lines.size() == 1 && lines.get(0).startsWith(SpinWaitProgram.STILL_SPINNING) ? "hung" : null;
        }
        if (exit.exitCode() != 0 || lines.size() != 1) {
            return null;
        }
        return switch (lines.get(0)) {
            case "answer 42" -> "answer";
            case "answer null" -> "stale";
            default -> null;
        };
    }

    private static String describe(ChildJvm.Exit exit) {
        String state = !exit.ready() ? "never printed '" + SpinWaitProgram.READY + "'"
                + (exit.hung() ? " within " + STARTUP_LIMIT.toSeconds() + " s, killed" : "")
                : exit.hung() ? "killed at the timeout, without main shown spinning past the flag"
                : "exited with status " + exit.exitCode();
        return state + "; output: " + exit.outputExcerpt();
    }
}
