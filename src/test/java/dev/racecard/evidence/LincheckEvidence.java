package dev.racecard.evidence;

import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.report.model.Counterexample;
import dev.racecard.report.model.Expectation;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.model.EnvironmentInfo;
import dev.racecard.report.model.Outcome;
import dev.racecard.report.model.RunStatus;
import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a Lincheck model-checking spec (or a whole program) and records the result as evidence: one
 * check, whose outcome is either "linearizable" or "non-linearizable" (for a program: whether an
 * interleaving made it fail) with the counterexample Lincheck printed.
 */
public final class LincheckEvidence {

    public static final String VIOLATION = "non-linearizable";
    public static final String NO_VIOLATION = "linearizable";
    public static final String PROGRAM_FAILED = "failing interleaving";
    public static final String PROGRAM_PASSED = "no failing interleaving";

    private LincheckEvidence() {
    }

    /** A model-checking budget; see README "Lincheck budget" for how it was chosen. */
    public record Budget(int iterations, int invocationsPerIteration, int threads, int actorsPerThread) {
        ModelCheckingOptions options() {
            return new ModelCheckingOptions()
                    .iterations(iterations * Budgets.scale()) // more scenarios under -Pthorough
                    .invocationsPerIteration(invocationsPerIteration)
                    .threads(threads)
                    .actorsPerThread(actorsPerThread);
        }

        Map<String, String> settings() {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("strategy", "model checking");
            s.put("iterations (scenarios)", Integer.toString(iterations * Budgets.scale()));
            s.put("invocations per iteration", Integer.toString(invocationsPerIteration));
            s.put("threads", Integer.toString(threads));
            s.put("operations per thread", Integer.toString(actorsPerThread));
            return s;
        }
    }

    /**
     * Checks {@code spec} and records the evidence.
     *
     * @return the counterexample if Lincheck found one, else null
     */
    public static Counterexample check(String pattern, String variantId, Class<?> spec, Budget budget) {
        return run(pattern, variantId, spec.getName(), budget.settings(),
                NO_VIOLATION, "every explored execution matched some sequential order of the operations",
                VIOLATION, "an execution produced results no sequential order can explain",
                () -> budget.options().check(spec));
    }

    /**
     * Model-checks a whole program, threads and all, with {@code Lincheck.runConcurrentTest}: for
     * races in the order of a program's steps (e.g. reading before a join) that no single object's
     * operations show. The program fails by throwing; records the evidence like {@link #check}.
     *
     * @return the counterexample if Lincheck found a failing interleaving, else null
     */
    public static Counterexample checkProgram(String pattern, String variantId, String testId, int invocations,
                                              Runnable program) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("strategy", "model checking of a program (runConcurrentTest)");
        settings.put("invocations", Integer.toString(invocations));
        return run(pattern, variantId, testId, settings,
                PROGRAM_PASSED, "every explored interleaving of the program ran without failing",
                PROGRAM_FAILED, "an interleaving made the program fail",
                () -> Lincheck.runConcurrentTest(invocations, program));
    }

    private static Counterexample run(String pattern, String variantId, String testId, Map<String, String> settings,
                                      String passId, String passDescription, String failId, String failDescription,
                                      Runnable lincheck) {
        Variant variant = CatalogVariants.get(pattern, variantId);
        long start = System.nanoTime();
        Counterexample found = null;
        try {
            lincheck.run();
        } catch (LincheckAssertionError e) {
            found = counterexample(e.getMessage());
        } catch (RuntimeException | Error e) {
            // Lincheck itself failed: record the error so the gate reports it, then fail the test
            EvidenceSink.record(new Experiment(pattern, variantId, Tool.LINCHECK, testId, RunStatus.ERROR,
                    List.of(), null, List.of(String.valueOf(e)), EnvironmentInfo.current(), settings,
                    List.of(), (System.nanoTime() - start) / 1_000_000));
            throw e;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Outcome> outcomes = List.of(
                new Outcome(passId, passDescription, found == null ? 1 : 0, Expectation.ACCEPTABLE),
                new Outcome(failId, failDescription, found == null ? 0 : 1, CatalogVariants.raceOutcome(variant)));
        EvidenceSink.record(new Experiment(pattern, variantId, Tool.LINCHECK, testId, RunStatus.OK,
                outcomes, found, List.of(), EnvironmentInfo.current(), settings, List.of(), millis));
        return found;
    }

    static Counterexample counterexample(String message) {
        String text = message == null ? "" : message.strip();
        int nl = text.indexOf('\n');
        String summary = (nl < 0 ? text : text.substring(0, nl)).replaceAll("^[=\\s]+|[=\\s]+$", "");
        return new Counterexample(summary.isEmpty() ? "Lincheck found a violation" : summary, text);
    }
}
