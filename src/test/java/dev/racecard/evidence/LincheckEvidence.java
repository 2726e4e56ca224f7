package dev.racecard.evidence;

import dev.racecard.catalog.Tool;
import dev.racecard.report.model.Counterexample;
import dev.racecard.report.model.EnvironmentInfo;
import dev.racecard.report.model.Expectation;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.model.Outcome;
import dev.racecard.report.model.RunStatus;
import dev.racecard.report.reproduce.Reproduce;
import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a Lincheck model-checking spec (or a whole program) against a subject and records the
 * result as evidence. The outcome counts scenarios: a pass is every scenario of the budget
 * explored without a failure; a failure of the kind the experiment declares is the race, with
 * the counterexample Lincheck printed. A failure of any other kind (a hang where none was
 * expected, an unexpected exception, Lincheck's own error) is recorded as an ERROR: a tool
 * failure is never the race.
 */
public final class LincheckEvidence {

    public static final String VIOLATION = "non-linearizable";
    public static final String NO_VIOLATION = "linearizable";
    public static final String PROGRAM_FAILED = "failing interleaving";
    public static final String PROGRAM_PASSED = "no failing interleaving";

    private LincheckEvidence() {
    }

    /** A model-checking budget; see README "Budgets" for how it was chosen. */
    public record Budget(int iterations, int invocationsPerIteration, int threads, int actorsPerThread) {
        int scenarios() {
            return iterations * Budgets.scale(); // more scenarios under -Pthorough
        }

        ModelCheckingOptions options() {
            return new ModelCheckingOptions()
                    .iterations(scenarios())
                    .invocationsPerIteration(invocationsPerIteration)
                    .threads(threads)
                    .actorsPerThread(actorsPerThread);
        }

        Map<String, String> settings() {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("strategy", "model checking");
            s.put("iterations (scenarios)", Integer.toString(scenarios()));
            s.put("invocations per iteration", Integer.toString(invocationsPerIteration));
            s.put("threads", Integer.toString(threads));
            s.put("operations per thread", Integer.toString(actorsPerThread));
            return s;
        }
    }

    /**
     * Model-checks {@code spec} with {@code subject} as the implementation its constructor gets
     * from {@link UnderTest}; the race is non-linearizable results.
     *
     * @return the counterexample if Lincheck found the race, else null
     */
    public static Counterexample check(Subject subject, String testId, Class<?> spec, Budget budget) {
        return check(subject, testId, spec, budget, LincheckFailureKind.INVALID_RESULTS);
    }

    /** As {@link #check(Subject, String, Class, Budget)}, for a race that shows as another kind of failure. */
    public static Counterexample check(Subject subject, String testId, Class<?> spec, Budget budget,
                                       LincheckFailureKind race) {
        Subjects.skipUnlessFocused(Tool.LINCHECK, testId);
        return UnderTest.during(subject, () -> run(subject, testId, budget.settings(),
                budget.scenarios(), race, NO_VIOLATION, "scenarios whose every explored execution matched some "
                        + "sequential order of the operations",
                VIOLATION, "an execution produced results no sequential order can explain",
                // a racy variant's counterexample is read by people: shrink it; a mutant's only has to be found
                () -> budget.options().minimizeFailedScenario(subject.mutant() == null).check(spec)));
    }

    /**
     * Model-checks a whole program, threads and all, with {@code Lincheck.runConcurrentTest}: for
     * races in the order of a program's steps (e.g. reading before a join) that no single object's
     * operations show. The program shows the race by throwing an AssertionError.
     *
     * @return the counterexample if Lincheck found a failing interleaving, else null
     */
    public static Counterexample checkProgram(Subject subject, String testId, int invocations, Runnable program) {
        Subjects.skipUnlessFocused(Tool.LINCHECK, testId);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("strategy", "model checking of a program (runConcurrentTest)");
        settings.put("invocations", Integer.toString(invocations));
        return UnderTest.during(subject, () -> run(subject, testId, settings, invocations,
                LincheckFailureKind.PROGRAM_ASSERTION, PROGRAM_PASSED,
                "invocations: explored interleavings of the program that ran without failing",
                PROGRAM_FAILED, "an interleaving made the program's own check fail",
                () -> Lincheck.runConcurrentTest(invocations, program)));
    }

    private static Counterexample run(Subject subject, String testId, Map<String, String> settings, int effort,
                                      LincheckFailureKind race, String passId, String passDescription,
                                      String failId, String failDescription, Runnable lincheck) {
        long start = System.nanoTime();
        Counterexample found = null;
        RunStatus status = RunStatus.OK;
        String message = null;
        try {
            lincheck.run();
        } catch (LincheckAssertionError e) {
            found = counterexample(e.getMessage());
            LincheckFailureKind kind = LincheckFailureKind.of(e);
            settings.put("failure kind", kind.description());
            if (kind != race) {
                status = RunStatus.ERROR;
                message = "Lincheck reported " + kind.description() + ", not this experiment's race ("
                        + race.description() + "): a tool failure, not the race";
            }
        } catch (RuntimeException | Error e) {
            status = RunStatus.ERROR;
            message = "Lincheck itself failed: " + e;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean raceFound = found != null && status == RunStatus.OK;
        settings.put("effort", raceFound ? "found the race within a budget of " + effort + " " + unit(passId)
                : status == RunStatus.OK ? "explored its whole budget of " + effort + " " + unit(passId) + " without a failure"
                : "stopped by a tool failure");
        settings.put(Reproduce.SCALE_SETTING, Integer.toString(Budgets.scale())); // for the reproduce line
        List<Outcome> outcomes = status != RunStatus.OK ? List.of() : List.of(
                new Outcome(passId, passDescription, found == null ? effort : 0, Expectation.ACCEPTABLE),
                new Outcome(failId, failDescription, found == null ? 0 : 1, subject.raceOutcome()));
        EvidenceSink.record(new Experiment(subject.pattern(), subject.variantId(), subject.mutantId(), Tool.LINCHECK,
                testId, status, outcomes, found, message == null ? List.of() : List.of(message),
                EnvironmentInfo.current(), settings, List.of(), millis));
        return raceFound ? found : null;
    }

    private static String unit(String passId) {
        return passId.equals(PROGRAM_PASSED) ? "invocations" : "scenarios";
    }

    static Counterexample counterexample(String message) {
        String text = message == null ? "" : message.strip();
        int nl = text.indexOf('\n');
        String summary = (nl < 0 ? text : text.substring(0, nl)).replaceAll("^[=\\s]+|[=\\s]+$", "");
        return new Counterexample(summary.isEmpty() ? "Lincheck found a violation" : summary, text);
    }
}
