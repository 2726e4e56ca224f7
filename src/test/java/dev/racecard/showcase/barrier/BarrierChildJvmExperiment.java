package dev.racecard.showcase.barrier;

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
 * The phased work as a whole program ({@link PhasedWorkProgram}) in a child JVM with the JIT at
 * full strength, for the variants: a hand-counted spin barrier that fails leaves threads spinning
 * for ever, which only a process boundary ends. The program's own watchdog decides (no slot
 * written for {@link PhasedWorkProgram#STALL} means stuck), so a slow machine that
 * still makes progress is never taken for a hang; the harness's timeout is only a backstop.
 * A child that does not get ready, exits with an error or prints anything else has not run the
 * experiment: an error, never the race.
 */
class BarrierChildJvmExperiment {

    static final int TRIALS = Budgets.trials(3);
    static final Duration BACKSTOP = Duration.ofSeconds(60);
    static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path work;

    @RacecardTest(pattern = "barrier")
    void threePartiesRunThePhasesInAChildJvm(Evidence evidence) throws Exception {
        int phases = PhasedWorkProgram.ROUNDS * PhasedWorkProgram.PHASES;
        ChildJvm jvm = new ChildJvm(System.getProperty("java.class.path"), List.of("-Xmx64m"), BACKSTOP)
                .startingClockAt(PhasedWorkProgram.READY, STARTUP_LIMIT);
        evidence.childJvmTrials(TRIALS)
                .acceptable("in-step", "past the barrier, every party found every slot of its phase written, in all "
                        + phases + " phases (" + PhasedWorkProgram.ROUNDS + " barriers)")
                .race("passed-early", "a party past the barrier found a slot of its phase empty: it went on before "
                        + "that party arrived")
                .race("stuck", "no party wrote a slot for " + PhasedWorkProgram.STALL.toMillis() + " ms, while they "
                        + "spun " + SpinWatch.CPU_EVIDENCE.toMillis() + " ms of CPU or all waited for good: they wait "
                        + "or spin at the barrier for ever; the program said so and exited")
                .run(() -> classify(jvm.run(PhasedWorkProgram.class, work, evidence.subject().implementation())));
    }

    /** The outcome the child printed; anything else is a failure of the experiment, not an outcome. */
    static String classify(ChildJvm.Exit exit) {
        List<String> lines = exit.linesAfter(PhasedWorkProgram.READY);
        if (exit.ready() && !exit.hung() && exit.exitCode() == 0 && lines.size() == 1) {
            String outcome = lines.get(0).split(" ", 2)[0];
            if (List.of("in-step", "passed-early", "stuck").contains(outcome)) {
                return outcome;
            }
        }
        String state = !exit.ready() ? "never printed '" + PhasedWorkProgram.READY + "'"
                : exit.hung() ? "still running " + BACKSTOP.toSeconds() + " s after it was ready, killed"
                : "exited with status " + exit.exitCode();
        throw new IllegalStateException("the child JVM did not run the experiment: " + state + "; output: "
                + exit.outputExcerpt());
    }
}
