package dev.racecard.counter;

import dev.racecard.evidence.LincheckEvidence;
import dev.racecard.evidence.LincheckEvidence.Budget;
import dev.racecard.patterns.counter.AtomicCounter;
import dev.racecard.patterns.counter.Counter;
import dev.racecard.patterns.counter.LongAdderCounter;
import dev.racecard.patterns.counter.PlainCounter;
import dev.racecard.patterns.counter.SynchronizedCounter;
import dev.racecard.patterns.counter.VolatileCounter;
import dev.racecard.report.model.Counterexample;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Lincheck model-checks the counter's API (increment, get) with two threads. The racy counters
 * must yield a counterexample, whose interleaving is the evidence; the correct ones must pass.
 */
class CounterLincheckExperiment {

    static final Budget BUDGET = new Budget(10, 200, 2, 2);

    /** The counter's API as Lincheck operations; each subclass picks the implementation. */
    abstract static class CounterSpec {
        private final Counter counter;

        CounterSpec(Counter counter) {
            this.counter = counter;
        }

        @Operation
        public void increment() {
            counter.increment();
        }

        @Operation
        public long get() {
            return counter.get();
        }
    }

    public static class PlainSpec extends CounterSpec {
        public PlainSpec() {
            super(new PlainCounter());
        }
    }

    public static class VolatileSpec extends CounterSpec {
        public VolatileSpec() {
            super(new VolatileCounter());
        }
    }

    public static class SynchronizedSpec extends CounterSpec {
        public SynchronizedSpec() {
            super(new SynchronizedCounter());
        }
    }

    public static class AtomicSpec extends CounterSpec {
        public AtomicSpec() {
            super(new AtomicCounter());
        }
    }

    public static class LongAdderSpec extends CounterSpec {
        public LongAdderSpec() {
            super(new LongAdderCounter());
        }
    }

    @Test
    void plainCounterLosesAnIncrement() {
        Counterexample found = LincheckEvidence.check("counter", "plain", PlainSpec.class, BUDGET);
        assertNotNull(found, "Lincheck found no lost update in the plain counter");
    }

    @Test
    void volatileCounterLosesAnIncrement() {
        Counterexample found = LincheckEvidence.check("counter", "volatile", VolatileSpec.class, BUDGET);
        assertNotNull(found, "Lincheck found no lost update in the volatile counter");
    }

    @Test
    void synchronizedCounterIsLinearizable() {
        assertNull(LincheckEvidence.check("counter", "synchronized", SynchronizedSpec.class, BUDGET));
    }

    @Test
    void atomicCounterIsLinearizable() {
        assertNull(LincheckEvidence.check("counter", "atomic-long", AtomicSpec.class, BUDGET));
    }

    @Test
    void longAdderCounterIsLinearizable() {
        assertNull(LincheckEvidence.check("counter", "long-adder", LongAdderSpec.class, BUDGET));
    }
}
