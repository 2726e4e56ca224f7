package dev.racecard.showcase.barrier;

import java.time.Duration;

/**
 * The phased work as a whole program, for a child JVM: a barrier that fails may leave its
 * threads spinning for ever, and only a process boundary can end them. It runs {@value #ROUNDS}
 * rounds of {@value #PHASES} phases, each on a fresh barrier ({@link PhasedRound}), and stops at
 * the first round that is not in step.
 *
 * <p>Argument: the {@link PhaseBarrier} class. Output, one line each: {@value #READY} once the JVM
 * is up, then {@code in-step}, {@code passed-early <what>} or {@code stuck <where>}; anything else
 * (a party that threw, a round still running at {@link #BOUND}) is printed as it is, for the
 * harness to report as an error.
 */
public final class PhasedWorkProgram {

    public static final String READY = "ready";
    public static final int ROUNDS = 4;
    public static final int PHASES = 1_000;
    /** No slot written for this long: stuck (a working barrier moves on within microseconds). */
    public static final Duration STALL = Duration.ofSeconds(1);
    static final Duration BOUND = Duration.ofSeconds(30);

    private PhasedWorkProgram() {
    }

    public static void main(String[] args) throws Exception {
        Class<? extends PhaseBarrier> type = Class.forName(args[0]).asSubclass(PhaseBarrier.class);
        System.out.println(READY);
        System.out.flush();
        for (int round = 1; round <= ROUNDS; round++) {
            PhasedRound.Run run = PhasedRound.run(type.getConstructor().newInstance(), PHASES, STALL, BOUND);
            switch (run.ending()) {
                case IN_STEP -> {
                    continue;
                }
                case PASSED_EARLY -> System.out.println("passed-early " + run.detail() + " (round " + round + ")");
                case STUCK -> System.out.println("stuck in round " + round + ": " + run.detail());
                case STILL_RUNNING -> System.out.println("still running after " + BOUND.toSeconds() + " s in round "
                        + round);
                case FAILED -> throw new IllegalStateException("a party threw in round " + round, run.failure());
            }
            return; // the parties are daemons: one spinning for ever does not keep the JVM alive
        }
        System.out.println("in-step");
    }
}
