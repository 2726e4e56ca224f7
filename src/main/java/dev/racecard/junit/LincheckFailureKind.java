package dev.racecard.junit;

import org.jetbrains.kotlinx.lincheck.execution.ExecutionResult;
import org.jetbrains.kotlinx.lincheck.strategy.IncorrectResultsFailure;
import org.jetbrains.kotlinx.lincheck.strategy.LincheckFailure;
import org.jetbrains.kotlinx.lincheck.strategy.ManagedDeadlockFailure;
import org.jetbrains.kotlinx.lincheck.strategy.ManagedLivelockFailure;
import org.jetbrains.kotlinx.lincheck.strategy.ObstructionFreedomViolationFailure;
import org.jetbrains.kotlinx.lincheck.strategy.TimeoutFailure;
import org.jetbrains.kotlinx.lincheck.strategy.UnexpectedExceptionFailure;
import org.jetbrains.kotlinx.lincheck.strategy.ValidationFailure;
import org.jetbrains.kotlinx.lincheck.util.ExceptionResult;
import org.jetbrains.kotlinx.lincheck.util.LincheckResult;
import org.jetbrains.lincheck.LincheckAssertionError;

import java.util.ArrayList;
import java.util.List;

/**
 * What kind of failure Lincheck reported. Lincheck throws one {@link LincheckAssertionError} for
 * all of them, so an experiment declares which kind is its race; any other kind is a tool error,
 * never the race.
 */
public enum LincheckFailureKind {
    /** Results no sequential order of the operations explains, or a failed validation function. */
    INVALID_RESULTS("results no sequential order can explain"),
    /** A whole program's own check failed: it threw an AssertionError in some interleaving. */
    PROGRAM_ASSERTION("the program's own check failed in some interleaving"),
    /**
     * A deadlock or livelock that Lincheck's managed run itself detected: threads it controls wait
     * on each other, or spin without progress, in an interleaving it can replay.
     */
    HANG("the managed run deadlocked or livelocked (Lincheck's own detection)"),
    /**
     * The test ran out of Lincheck's wall-clock time: it says the run was slow, not why, so it is
     * never a deadlock (a slow correct run looks the same): a tool error in every experiment.
     */
    TIMEOUT("Lincheck's wall-clock timeout (the run was slow or hung: no evidence which)"),
    /** An operation or the program threw an exception nobody declared. */
    UNEXPECTED_EXCEPTION("an operation threw an unexpected exception"),
    /** A progress guarantee (obstruction freedom) was violated. */
    PROGRESS("a progress guarantee was violated");

    private final String description;

    LincheckFailureKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Classifies by Lincheck's own failure type, never by the message text. */
    public static LincheckFailureKind of(LincheckAssertionError error) {
        LincheckFailure failure = error.getFailure$lincheck();
        if (failure instanceof IncorrectResultsFailure) {
            // runConcurrentTest reports a program that threw as results holding the exception
            Throwable thrown = thrownBy(failure.getResults());
            return thrown == null ? INVALID_RESULTS
                    : thrown instanceof AssertionError ? PROGRAM_ASSERTION : UNEXPECTED_EXCEPTION;
        }
        if (failure instanceof ValidationFailure) {
            return INVALID_RESULTS;
        }
        if (failure instanceof UnexpectedExceptionFailure unexpected) {
            return unexpected.getException() instanceof AssertionError ? PROGRAM_ASSERTION : UNEXPECTED_EXCEPTION;
        }
        if (failure instanceof ManagedDeadlockFailure || failure instanceof ManagedLivelockFailure) {
            return HANG;
        }
        if (failure instanceof TimeoutFailure) {
            return TIMEOUT;
        }
        if (failure instanceof ObstructionFreedomViolationFailure) {
            return PROGRESS;
        }
        throw new IllegalStateException("unknown Lincheck failure " + failure.getClass().getName());
    }

    private static Throwable thrownBy(ExecutionResult results) {
        if (results == null) {
            return null;
        }
        List<LincheckResult> all = new ArrayList<>(results.getInitResults());
        results.getParallelResultsWithClock().forEach(thread -> thread.forEach(r -> all.add(r.getResult())));
        all.addAll(results.getPostResults());
        return all.stream().filter(ExceptionResult.class::isInstance).map(r -> ((ExceptionResult) r).getThrowable())
                .findFirst().orElse(null);
    }
}
