package dev.racecard.evidence;

import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.report.model.Counterexample;
import dev.racecard.report.model.Expectation;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.model.EnvironmentInfo;
import dev.racecard.report.model.Outcome;
import dev.racecard.report.model.RunStatus;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a Lincheck model-checking spec and records the result as evidence: one check, whose
 * outcome is either "linearizable" or "non-linearizable" with the counterexample Lincheck printed.
 */
public final class LincheckEvidence {

    public static final String VIOLATION = "non-linearizable";
    public static final String NO_VIOLATION = "linearizable";

    private LincheckEvidence() {
    }

    /** A model-checking budget; see README "Lincheck budget" for how it was chosen. */
    public record Budget(int iterations, int invocationsPerIteration, int threads, int actorsPerThread) {
        ModelCheckingOptions options() {
            return new ModelCheckingOptions()
                    .iterations(iterations)
                    .invocationsPerIteration(invocationsPerIteration)
                    .threads(threads)
                    .actorsPerThread(actorsPerThread);
        }

        Map<String, String> settings() {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("strategy", "model checking");
            s.put("iterations (scenarios)", Integer.toString(iterations));
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
        Variant variant = CatalogVariants.get(pattern, variantId);
        long start = System.nanoTime();
        Counterexample found = null;
        try {
            budget.options().check(spec);
        } catch (LincheckAssertionError e) {
            found = counterexample(e.getMessage());
        } catch (RuntimeException | Error e) {
            // Lincheck itself failed: record the error so the gate reports it, then fail the test
            EvidenceSink.record(new Experiment(pattern, variantId, Tool.LINCHECK, spec.getName(), RunStatus.ERROR,
                    List.of(), null, List.of(String.valueOf(e)), EnvironmentInfo.current(), budget.settings(),
                    List.of(), (System.nanoTime() - start) / 1_000_000));
            throw e;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Outcome> outcomes = List.of(
                new Outcome(NO_VIOLATION, "every explored execution matched some sequential order of the operations",
                        found == null ? 1 : 0, Expectation.ACCEPTABLE),
                new Outcome(VIOLATION, "an execution produced results no sequential order can explain",
                        found == null ? 0 : 1, CatalogVariants.raceOutcome(variant)));
        EvidenceSink.record(new Experiment(pattern, variantId, Tool.LINCHECK, spec.getName(), RunStatus.OK,
                outcomes, found, List.of(), EnvironmentInfo.current(), budget.settings(), List.of(), millis));
        return found;
    }

    static Counterexample counterexample(String message) {
        String text = message == null ? "" : message.strip();
        int nl = text.indexOf('\n');
        String summary = (nl < 0 ? text : text.substring(0, nl)).replaceAll("^[=\\s]+|[=\\s]+$", "");
        return new Counterexample(summary.isEmpty() ? "Lincheck found a violation" : summary, text);
    }
}
