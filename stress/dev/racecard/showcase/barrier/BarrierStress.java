package dev.racecard.showcase.barrier;

import dev.racecard.stress.Substitution;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

import java.util.function.Supplier;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Seed 002's Barrier(3) for two phases, as jcstress termination tests: the actor is one party and
 * passes both phases; the signal starts the other two parties' threads and returns. The signal
 * must never wait itself: jcstress calls it on the fork's main thread and nothing would end a
 * fork whose main thread waits for ever (it bounds only the actor, at 30 s). TERMINATED: the
 * actor got through both phases; STALE: it never did.
 *
 * <p>Two phases, because the mistakes that hang a barrier in its second phase (one that counts
 * an arrival that never comes, one that waits on the wrong phase) would let the actor, which
 * usually arrives first, through the first. The correct variants' tests build their barrier
 * through {@link Substitution}, so the mutants run can put a mutant in its place.
 */
public class BarrierStress {

    /** One party's two phases; an interruption is nobody's doing here, so it is an error. */
    static void twoPhases(PhaseBarrier barrier) {
        try {
            barrier.await();
            barrier.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException("nobody interrupts the parties", e);
        }
    }

    /** The other parties, each on a thread of its own: the signal must not wait for them. */
    static void startOtherParties(PhaseBarrier barrier) {
        for (int i = 1; i < PhaseBarrier.PARTIES; i++) {
            Thread party = new Thread(() -> twoPhases(barrier));
            party.setDaemon(true); // one stuck for ever must not keep the fork alive
            party.start();
        }
    }

    @JCStressTest(Mode.Termination)
    @Description("three parties, two phases, at a barrier counted by hand with arrived++ and a spin loop")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the actor got through both phases")
    @Outcome(id = "STALE", expect = ACCEPTABLE_INTERESTING, desc = "the actor never got through: an arrival "
            + "was lost, or its spin loop never re-read the phase")
    @State
    public static class SpinCounterSpin {
        final PhaseBarrier barrier = new SpinCounterBarrier();

        @Actor
        public void party() {
            twoPhases(barrier);
        }

        @Signal
        public void otherParties() {
            startOtherParties(barrier);
        }
    }

    @JCStressTest(Mode.Termination)
    @Description("three parties, two phases, at a CyclicBarrier")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the actor got through both phases")
    // reached by the mutant that counts a fourth party, which never comes
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "the actor never got through: it waits at the barrier for ever")
    @State
    public static class CyclicBarrierSpin {
        static final Supplier<PhaseBarrier> UNDER_TEST = Substitution.of(PhaseBarrier.class, CyclicPhaseBarrier.class);
        final PhaseBarrier barrier = UNDER_TEST.get();

        @Actor
        public void party() {
            twoPhases(barrier);
        }

        @Signal
        public void otherParties() {
            startOtherParties(barrier);
        }
    }

    @JCStressTest(Mode.Termination)
    @Description("three parties, two phases, at a Phaser through arriveAndAwaitAdvance()")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the actor got through both phases")
    // reached by the mutant that waits on getPhase() after arriving: the last party waits on the next phase
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "the actor never got through: it waits at the barrier for ever")
    @State
    public static class PhaserSpin {
        static final Supplier<PhaseBarrier> UNDER_TEST = Substitution.of(PhaseBarrier.class, PhaserBarrier.class);
        final PhaseBarrier barrier = UNDER_TEST.get();

        @Actor
        public void party() {
            twoPhases(barrier);
        }

        @Signal
        public void otherParties() {
            startOtherParties(barrier);
        }
    }
}
