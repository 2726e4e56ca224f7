package dev.racecard.showcase.semaphore;

import dev.racecard.stress.Substitution;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZ_Result;

import java.util.function.Supplier;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Seed 002's Semaphore in its smallest form: of its two slots a third user already holds one, and
 * two threads each try to take the other. Exactly one may succeed; both refused is impossible for
 * any variant (nobody else holds the free slot).
 */
public class SemaphoreStress {

    @JCStressTest
    @Description("if (inUse < limit) inUse++ from two threads, one slot free")
    @Outcome(id = {"true, false", "false, true"}, expect = ACCEPTABLE, desc = "one thread got the slot")
    @Outcome(id = "true, true", expect = ACCEPTABLE_INTERESTING, desc = "both got the one slot: both saw it free")
    @State
    public static class CheckThenIncrement {
        final Slots slots = new CheckThenIncrementSlots();

        public CheckThenIncrement() {
            slots.tryAcquire(); // the third user's slot
        }

        @Actor
        public void worker1(ZZ_Result r) {
            r.r1 = slots.tryAcquire();
        }

        @Actor
        public void worker2(ZZ_Result r) {
            r.r2 = slots.tryAcquire();
        }
    }

    @JCStressTest
    @Description("Semaphore.tryAcquire() from two threads, one permit free")
    @Outcome(id = {"true, false", "false, true"}, expect = ACCEPTABLE, desc = "one thread got the slot")
    @Outcome(id = "true, true", expect = FORBIDDEN, desc = "both got the one slot")
    @State
    public static class Semaphore {
        static final Supplier<Slots> UNDER_TEST = Substitution.of(Slots.class, SemaphoreSlots.class);
        final Slots slots = UNDER_TEST.get();

        public Semaphore() {
            slots.tryAcquire(); // the third user's slot
        }

        @Actor
        public void worker1(ZZ_Result r) {
            r.r1 = slots.tryAcquire();
        }

        @Actor
        public void worker2(ZZ_Result r) {
            r.r2 = slots.tryAcquire();
        }
    }
}
