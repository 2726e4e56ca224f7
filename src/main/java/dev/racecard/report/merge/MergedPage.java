package dev.racecard.report.merge;

import dev.racecard.catalog.SeedRef;

import java.util.List;

/**
 * Everything merged.peb prints, already formatted; every per-environment list is in the order of
 * {@link #environments}, one entry per environment, so the template only lays out columns.
 */
public record MergedPage(String generatedAt, boolean passed, List<EnvironmentColumn> environments,
                         List<String> failures, List<String> warnings, List<Row> matrix,
                         List<Section> patterns, List<ExperimentTable> otherTests) {

    public record EnvironmentColumn(String label, String source, String generatedAt, String policy, boolean passed,
                                    List<String> machines) {
    }

    /** A verdict badge: the status's CSS class and its words; "absent" when a run lacks the variant. */
    public record Verdict(String css, String label) {
    }

    public record Row(String pattern, String variant, String anchor, String kind, List<Verdict> verdicts,
                      Verdict combined, String demonstratedIn) {
    }

    public record Section(String id, String title, String claim, List<SeedRef> seeds, List<Card> variants) {
    }

    public record Card(String anchor, String id, String kind, String summary, String implementation,
                       Verdict combined, List<Verdict> verdicts, String demonstratedIn, List<String> failures,
                       List<String> warnings, List<ExperimentTable> experiments) {
    }

    /** One tool's test: a run summary per environment, then the outcomes with a count per environment. */
    public record ExperimentTable(String tool, String testId, List<RunCell> runs, List<OutcomeRow> outcomes,
                                  List<Trace> counterexamples, List<String> messages) {
    }

    /** @param present false when that environment did not run the test */
    public record RunCell(boolean present, boolean ok, String status, String total, String duration) {
    }

    public record OutcomeRow(String id, String description, String expectation, boolean observed, List<Count> counts) {
    }

    public record Count(boolean present, boolean observed, String count, String share, String barWidth) {
    }

    public record Trace(String environment, String summary, String trace, String detail) {
    }
}
