package dev.racecard.showcase.barrier;

import dev.racecard.experiments.SpinWatch;
import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;

import java.time.Duration;

/**
 * Seed 002's phased processing, three parties and one barrier, for {@value #PHASES} phases: in
 * each phase a party writes its slot, waits at the barrier and reads every party's slot of that
 * phase; an empty one means it passed the barrier early. The parties run bounded
 * ({@link PhasedRound}): parties that write no slot for {@link #STALL} are stuck, and abandoned.
 * Not BoundedThreads' all-waiting check: on busy cores it took three parties handing a
 * CyclicBarrier on for a hang (1 of 40 trials at load 7), since a woken thread shows WAITING
 * until it is scheduled.
 *
 * <p>Only the correct variants and their mutants run here. When the hand-counted spin barrier
 * fails, its threads spin for ever, and a spinning thread can be neither stopped nor abandoned in
 * the test JVM (it would take a core for the rest of the run): its evidence comes from child JVMs
 * ({@link BarrierChildJvmExperiment}) and jcstress.
 */
class BarrierExperiment {

    static final int PHASES = 200;
    static final int TRIALS = Budgets.trials(40);
    /** The child JVM's stall time: each stuck mutant pays it once. */
    static final Duration STALL = PhasedWorkProgram.STALL;
    /** A trial takes milliseconds; parties still making progress after this are an error of the experiment. */
    static final Duration BOUND = Duration.ofSeconds(10);

    @RacecardTest(pattern = "barrier")
    void threePartiesStayInStep(Evidence evidence) throws Exception {
        evidence.trials(TRIALS)
                .acceptable("in-step", "past the barrier, every party found every slot of its phase written, in all "
                        + PHASES + " phases")
                .race("passed-early", "a party past the barrier found a slot of its phase empty: it went on before "
                        + "that party arrived")
                .race("stuck", stuck(STALL))
                .run(() -> outcome(PhasedRound.run(evidence.create(PhaseBarrier.class), PHASES, STALL, BOUND)));
    }

    /** The stuck outcome as {@link PhasedRound} grades it: no progress for {@code stall}, with evidence. */
    static String stuck(Duration stall) {
        return "no party wrote a slot for " + stall.toMillis() + " ms, while they spun "
                + SpinWatch.CPU_EVIDENCE.toMillis() + " ms of CPU or all waited for good: they wait at the "
                + "barrier for ever, abandoned";
    }

    /** Parties still making progress at the bound are slow, not stuck: an error of the experiment. */
    static String outcome(PhasedRound.Run run) {
        return switch (run.ending()) {
            case IN_STEP -> "in-step";
            case PASSED_EARLY -> "passed-early";
            case STUCK -> "stuck";
            case STILL_RUNNING -> throw new IllegalStateException("timeout: parties still there after " + BOUND.toSeconds()
                    + " s without evidence of being stuck: slow, neither the race nor a pass");
            case FAILED -> throw new IllegalStateException("a party threw", run.failure());
        };
    }
}
