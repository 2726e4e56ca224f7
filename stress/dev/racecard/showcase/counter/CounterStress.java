package dev.racecard.showcase.counter;

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
 * Seeds 002/003, "counter += 1" from several threads. Each test is the smallest form of the seed's
 * experiment: two threads increment the same counter once each, and after both are done (the
 * arbiter runs after the actors, like the seed's {@code join}) the count is read.
 *
 * <p>The only ways to end are 2 (both increments counted) and 1 (both threads read 0 and wrote 1:
 * a lost update). For the racy counters 1 is the race showing itself; for the correct counters it
 * must never happen. Any other value is an impossible outcome and fails every variant.
 *
 * <p>The correct variants' tests build their counter through {@link Substitution}, so the mutants
 * run can rerun the very same test with a mutant in the variant's place.
 */
public class CounterStress {

    @JCStressTest
    @Description("count++ on a plain long field from two threads")
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
    @Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "lost update: both threads read 0 and wrote 1")
    @State
    public static class Plain {
        final PlainCounter counter = new PlainCounter();

        @Actor
        public void actor1() {
            counter.increment();
        }

        @Actor
        public void actor2() {
            counter.increment();
        }

        @Arbiter
        public void arbiter(J_Result r) {
            r.r1 = counter.get();
        }
    }

    @JCStressTest
    @Description("count++ on a volatile long field: volatile gives visibility, not atomicity")
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
    @Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "lost update: both threads read 0 and wrote 1")
    @State
    public static class Volatile {
        final VolatileCounter counter = new VolatileCounter();

        @Actor
        public void actor1() {
            counter.increment();
        }

        @Actor
        public void actor2() {
            counter.increment();
        }

        @Arbiter
        public void arbiter(J_Result r) {
            r.r1 = counter.get();
        }
    }

    @JCStressTest
    @Description("count++ inside synchronized methods (the seed's 'with lock:')")
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: both threads read 0 and wrote 1")
    @State
    public static class Synchronized {
        static final Supplier<Counter> UNDER_TEST = Substitution.of(Counter.class, SynchronizedCounter.class);
        final Counter counter = UNDER_TEST.get();

        @Actor
        public void actor1() {
            counter.increment();
        }

        @Actor
        public void actor2() {
            counter.increment();
        }

        @Arbiter
        public void arbiter(J_Result r) {
            r.r1 = counter.get();
        }
    }

    @JCStressTest
    @Description("AtomicLong.incrementAndGet(): one atomic read-modify-write")
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: both threads read 0 and wrote 1")
    @State
    public static class Atomic {
        static final Supplier<Counter> UNDER_TEST = Substitution.of(Counter.class, AtomicCounter.class);
        final Counter counter = UNDER_TEST.get();

        @Actor
        public void actor1() {
            counter.increment();
        }

        @Actor
        public void actor2() {
            counter.increment();
        }

        @Arbiter
        public void arbiter(J_Result r) {
            r.r1 = counter.get();
        }
    }

    @JCStressTest
    @Description("LongAdder.increment(), summed after both threads finished")
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "lost update: both threads read 0 and wrote 1")
    @State
    public static class Adder {
        static final Supplier<Counter> UNDER_TEST = Substitution.of(Counter.class, LongAdderCounter.class);
        final Counter counter = UNDER_TEST.get();

        @Actor
        public void actor1() {
            counter.increment();
        }

        @Actor
        public void actor2() {
            counter.increment();
        }

        @Arbiter
        public void arbiter(J_Result r) {
            r.r1 = counter.get();
        }
    }
}
