package dev.racecard.junit;

import org.jetbrains.kotlinx.lincheck.execution.ExecutionResult;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.kotlinx.lincheck.strategy.TimeoutFailure;
import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.util.AnalysisProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Lincheck throws one error type for every failure; the kind decides whether it is the race or a tool error. */
class LincheckFailureKindTest {

    /** A register whose write loses to a concurrent one: results no sequential order explains. */
    public static class LostWrite {
        private int value;

        @Operation
        public void add() {
            value = value + 1;
        }

        @Operation
        public int get() {
            return value;
        }
    }

    /**
     * A program that runs a thread before it throws: Lincheck 3.6's reporter itself fails with
     * NoSuchElementException on a program that throws before any event it traces.
     */
    private static void failAfterAThread(Throwable failure) {
        int[] box = new int[1];
        Thread worker = new Thread(() -> box[0] = 1);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) failure;
    }

    private static LincheckFailureKind kindOf(Runnable lincheck) {
        return LincheckFailureKind.of(catchThrowableOfType(LincheckAssertionError.class, lincheck::run));
    }

    @Test
    void aProgramsOwnFailedCheckIsProgramAssertion() {
        assertThat(kindOf(() -> Lincheck.runConcurrentTest(10, () -> failAfterAThread(new AssertionError("the check")))))
                .isEqualTo(LincheckFailureKind.PROGRAM_ASSERTION);
    }

    @Test
    void anythingElseAProgramThrowsIsAnUnexpectedException() {
        assertThat(kindOf(() -> Lincheck.runConcurrentTest(10, () -> failAfterAThread(new IllegalStateException("not it")))))
                .isEqualTo(LincheckFailureKind.UNEXPECTED_EXCEPTION);
    }

    @Test
    void nonLinearizableResultsAreInvalidResults() {
        assertThat(kindOf(() -> new ModelCheckingOptions().iterations(10).invocationsPerIteration(100)
                .threads(2).actorsPerThread(2).check(LostWrite.class))).isEqualTo(LincheckFailureKind.INVALID_RESULTS);
    }

    /** Two locks taken in opposite orders: Lincheck's managed run sees the threads wait on each other. */
    public static class OppositeLocks {
        private final Object first = new Object();
        private final Object second = new Object();
        private int moves;

        @Operation
        public void up() {
            synchronized (first) {
                synchronized (second) {
                    moves++;
                }
            }
        }

        @Operation
        public void down() {
            synchronized (second) {
                synchronized (first) {
                    moves--;
                }
            }
        }
    }

    @Test
    void aDeadlockTheManagedRunFindsIsAHang() {
        assertThat(kindOf(() -> new ModelCheckingOptions().iterations(20).invocationsPerIteration(200)
                .threads(2).actorsPerThread(1).check(OppositeLocks.class))).isEqualTo(LincheckFailureKind.HANG);
    }

    /** Built by hand: a real wall-clock timeout costs the run its whole timeout. */
    @Test
    void aWallClockTimeoutIsItsOwnKindNotAHang() {
        TimeoutFailure timeout = new TimeoutFailure(new ExecutionScenario(List.of(), List.of(List.of()), List.of(), null),
                new ExecutionResult(List.of(), List.of(List.of()), List.of()), Map.of(), new AnalysisProfile(false));
        assertThat(LincheckFailureKind.of(new LincheckAssertionError(timeout))).isEqualTo(LincheckFailureKind.TIMEOUT);
    }
}
