package dev.racecard.counter;

import dev.racecard.catalog.Tool;
import dev.racecard.evidence.LincheckEvidence;
import dev.racecard.evidence.LincheckEvidence.Budget;
import dev.racecard.evidence.Subject;
import dev.racecard.evidence.Subjects;
import dev.racecard.evidence.UnderTest;
import dev.racecard.patterns.counter.Counter;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * Lincheck model-checks the counter with two threads. The racy counters must yield a
 * counterexample, whose interleaving is the evidence; the correct ones, and the mutants in their
 * places, are graded by the gate from what it found.
 *
 * <p>A spec claims only what the implementation promises: plain, volatile, synchronized and
 * AtomicLong counters promise a linearizable {@code get()}, so their spec reads concurrently with
 * increments. LongAdder's {@code sum()} is exact only at quiescence, so its check is the seed's
 * program: two threads increment, are joined, and only then is the sum read.
 */
class CounterLincheckExperiment {

    static final Budget BUDGET = new Budget(10, 200, 2, 2);
    static final int PROGRAM_INVOCATIONS = 500;

    /** The counter's API as Lincheck operations, on the subject of the check under way. */
    public static class CounterSpec {
        private final Counter counter = UnderTest.create(Counter.class);

        @Operation
        public void increment() {
            counter.increment();
        }

        @Operation
        public long get() {
            return counter.get();
        }
    }

    static Stream<Subject> linearizableCounters() {
        return Subjects.of("counter", Tool.LINCHECK, "plain", "volatile", "synchronized", "atomic-long");
    }

    static Stream<Subject> quiescentCounters() {
        return Subjects.of("counter", Tool.LINCHECK, "long-adder");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linearizableCounters")
    void incrementAndGetAreLinearizable(Subject subject) {
        LincheckEvidence.check(subject, subject.testId(getClass()), CounterSpec.class, BUDGET);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quiescentCounters")
    void twoIncrementsAreCountedOnceJoined(Subject subject) {
        LincheckEvidence.checkProgram(subject, subject.testId(getClass()), PROGRAM_INVOCATIONS, () -> {
            Counter counter = subject.create(Counter.class);
            Thread first = new Thread(counter::increment);
            Thread second = new Thread(counter::increment);
            first.start();
            second.start();
            joinQuietly(first);
            joinQuietly(second);
            long count = counter.get();
            if (count != 2) {
                throw new AssertionError("two increments, joined, counted " + count);
            }
        });
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while joining", e);
        }
    }
}
