package dev.racecard.junit;

import dev.racecard.catalog.Tool;
import dev.racecard.evidence.Counterexample;
import dev.racecard.evidence.EnvironmentInfo;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.Outcome;
import dev.racecard.evidence.RunStatus;
import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.CTestConfiguration;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a Lincheck check and records it as evidence, for {@link Evidence#lincheck} and
 * {@link Evidence#lincheckProgram}. The outcome counts scenarios (or invocations of a program): a
 * pass is the whole budget explored without a failure; a failure of the kind the experiment
 * declares is the race, with the counterexample Lincheck printed; a failure of any other kind (a
 * hang where none was expected, an unexpected exception, Lincheck's own error) is recorded as an
 * ERROR: a tool failure is never the race.
 */
final class LincheckRuns {

    static final String VIOLATION = "non-linearizable";
    static final String NO_VIOLATION = "linearizable";
    static final String PROGRAM_FAILED = "failing interleaving";
    static final String PROGRAM_PASSED = "no failing interleaving";

    private LincheckRuns() {
    }

    /**
     * One check to record.
     *
     * @param mutant      null for the variant itself
     * @param raceOutcome INTERESTING for a racy variant, FORBIDDEN for a correct one or a mutant in its place
     * @param effort      the budget: scenarios, or a program's invocations
     * @param unit        what {@code effort} counts
     */
    record Check(String pattern, String variant, String mutant, Expectation raceOutcome, String testId,
                 Map<String, String> settings, int effort, String unit, LincheckFailureKind race,
                 String passId, String passDescription, String failId, String failDescription) {
    }

    static Counterexample check(Evidence evidence, ModelCheckingOptions options, Class<?> spec, LincheckFailureKind race) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("strategy", "model checking");
        settings.put("spec", spec.getName());
        Budgets.recordRunSettings(settings); // for the reproduce line
        int scenarios = 1;
        try {
            CTestConfiguration configuration = options.createTestConfigurations(spec);
            scenarios = configuration.getIterations();
            settings.put("iterations (scenarios)", Integer.toString(scenarios));
            settings.put("invocations per iteration", Integer.toString(configuration.getInvocationsPerIteration()));
            settings.put("threads", Integer.toString(configuration.getThreads()));
            settings.put("operations per thread", Integer.toString(configuration.getActorsPerThread()));
            settings.put("operations before the threads", Integer.toString(configuration.getActorsBefore()));
        } catch (RuntimeException e) {
            settings.put("budget", "not readable from the options: " + e);
        }
        Subject subject = evidence.subject();
        Check check = new Check(subject.pattern(), subject.variantId(), subject.mutantId(), subject.raceOutcome(),
                evidence.testId(), settings, scenarios, "scenarios", race, NO_VIOLATION,
                "scenarios whose every explored execution matched some sequential order of the operations", VIOLATION,
                "an execution produced results no sequential order can explain");
        // a variant's counterexample is read by people: shrink it; a mutant's only has to be found
        return run(check, () -> options.minimizeFailedScenario(subject.mutant() == null).check(spec), evidence);
    }

    /**
     * A check of a whole program with {@code Lincheck.runConcurrentTest}: the race is an
     * interleaving in which the program's own check (an AssertionError) fails.
     */
    static Counterexample program(Evidence evidence, int invocations, Runnable program) {
        Subject subject = evidence.subject();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("strategy", "model checking of a program (runConcurrentTest)");
        settings.put("invocations", Integer.toString(invocations));
        Budgets.recordRunSettings(settings); // for the reproduce line
        Check check = new Check(subject.pattern(), subject.variantId(), subject.mutantId(), subject.raceOutcome(),
                evidence.testId(), settings, invocations, "invocations", LincheckFailureKind.PROGRAM_ASSERTION,
                PROGRAM_PASSED, "invocations: explored interleavings of the program that ran without failing",
                PROGRAM_FAILED, "an interleaving made the program's own check fail");
        return run(check, () -> Lincheck.runConcurrentTest(invocations, program), evidence);
    }

    /** Runs {@code lincheck}, classifies how it failed, and records the evidence file. */
    private static Counterexample run(Check check, Runnable lincheck, Evidence evidence) {
        Map<String, String> settings = new LinkedHashMap<>(check.settings());
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
            if (kind != check.race()) {
                status = RunStatus.ERROR;
                message = "Lincheck reported " + kind.description() + ", not this experiment's race ("
                        + check.race().description() + "): a tool failure, not the race";
            }
        } catch (RuntimeException | Error e) {
            status = RunStatus.ERROR;
            message = "Lincheck itself failed: " + e;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean raceFound = found != null && status == RunStatus.OK;
        settings.put("effort", raceFound ? "found the race within a budget of " + check.effort() + " " + check.unit()
                : status == RunStatus.OK ? "explored its whole budget of " + check.effort() + " " + check.unit()
                + " without a failure" : "stopped by a tool failure");
        List<Outcome> outcomes = status != RunStatus.OK ? List.of() : List.of(
                new Outcome(check.passId(), check.passDescription(), found == null ? check.effort() : 0,
                        Expectation.ACCEPTABLE),
                new Outcome(check.failId(), check.failDescription(), found == null ? 0 : 1, check.raceOutcome()));
        Experiment experiment = new Experiment(check.pattern(), check.variant(), check.mutant(), Tool.LINCHECK,
                check.testId(), status, outcomes, found, message == null ? List.of() : List.of(message),
                EnvironmentInfo.current(), settings, List.of(), millis);
        evidence.record(experiment);
        return raceFound ? found : null;
    }

    static Counterexample counterexample(String message) {
        String text = message == null ? "" : message.strip();
        int nl = text.indexOf('\n');
        String summary = (nl < 0 ? text : text.substring(0, nl)).replaceAll("^[=\\s]+|[=\\s]+$", "");
        return new Counterexample(summary.isEmpty() ? "Lincheck found a violation" : summary, text);
    }
}
