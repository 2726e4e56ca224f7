package com.example.counter;

import dev.racecard.stress.Substitution;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

import java.util.function.Supplier;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Two threads increment the counter once each; the arbiter reads the count. The correct variant's
 * test builds its counter through {@link Substitution}, so racecard:stress can rerun it with a
 * catalog mutant in the variant's place.
 */
public class CounterStress {

    @JCStressTest
    @Description("PlainCounter: count++ from two threads")
    @Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "lost update: both read 0 and wrote 1")
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
    @State
    public static class Plain {
        final Counter counter = new PlainCounter();

        @Actor
        public void one() {
            counter.increment();
        }

        @Actor
        public void two() {
            counter.increment();
        }

        @Arbiter
        public void read(J_Result r) {
            r.r1 = counter.get();
        }
    }

    @JCStressTest
    @Description("AtomicCounter: incrementAndGet from two threads")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "lost update")
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
    @State
    public static class Atomic {
        static final Supplier<Counter> UNDER_TEST = Substitution.of(Counter.class, AtomicCounter.class);
        final Counter counter = UNDER_TEST.get();

        @Actor
        public void one() {
            counter.increment();
        }

        @Actor
        public void two() {
            counter.increment();
        }

        @Arbiter
        public void read(J_Result r) {
            r.r1 = counter.get();
        }
    }
}
