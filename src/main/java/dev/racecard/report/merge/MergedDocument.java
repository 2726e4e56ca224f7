package dev.racecard.report.merge;

import dev.racecard.catalog.SeedRef;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.VariantStatus;
import dev.racecard.report.model.Counterexample;
import dev.racecard.report.model.Expectation;
import dev.racecard.report.model.RunStatus;

import java.util.List;
import java.util.Map;

/**
 * The content of a merged {@code racecard.json}: several runs side by side, one environment each
 * (reports/README.md, "Merged racecard.json"). Every per-environment value is a map keyed by the
 * environment's label, in the order of {@link #environments}; a missing key means that run has
 * no such variant, test or outcome.
 */
public record MergedDocument(int schemaVersion, String kind, String generatedAt, List<Environment> environments,
                             Gate gate, List<MergedPattern> patterns, List<MergedExperiment> otherTests) {

    public static final String KIND = "merged";
    public static final int SCHEMA_VERSION = 1;

    /** One merged run: where it came from and its own gate. */
    public record Environment(String label, String source, String generatedAt, String policy, boolean passed,
                              List<Map<String, String>> machines) {
    }

    /** The combined gate: every run's findings, labelled, plus the merge's own. */
    public record Gate(boolean passed, List<LabelledFinding> failures, List<LabelledFinding> warnings) {
    }

    /** @param environment the run the finding comes from, or null for the merge's own findings */
    public record LabelledFinding(String environment, Finding finding) {
        public String line() {
            return (environment == null ? "" : "[" + environment + "] ") + finding.line();
        }
    }

    public record MergedPattern(String id, String title, String claim, List<SeedRef> seeds,
                                List<MergedVariant> variants) {
    }

    /**
     * @param status          the combined verdict: failed anywhere is failed; a racy variant
     *                        demonstrated anywhere (and failed nowhere) is demonstrated
     * @param demonstratedIn  for a racy variant, the environments where an experiment showed the race
     */
    public record MergedVariant(String id, VariantKind kind, String implementation, String summary,
                                VariantStatus status, Map<String, VariantStatus> statusByEnvironment,
                                List<String> demonstratedIn, List<LabelledFinding> findings,
                                List<MergedExperiment> experiments) {
    }

    /** One tool's test across environments: how each run went, and the outcomes side by side. */
    public record MergedExperiment(Tool tool, String testId, Map<String, Run> runs, List<MergedOutcome> outcomes) {
    }

    public record Run(RunStatus status, long durationMillis, long total, Counterexample counterexample,
                      List<String> messages, Map<String, String> environment, Map<String, String> settings) {
    }

    /** @param counts times observed, per environment that ran the test */
    public record MergedOutcome(String id, String description, Expectation expectation, Map<String, Long> counts) {
    }
}
