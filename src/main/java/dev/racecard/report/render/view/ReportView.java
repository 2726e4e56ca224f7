package dev.racecard.report.render.view;

import java.util.List;

/**
 * Everything the HTML template prints, already formatted: the template only lays it out.
 *
 * @param killRate the positive controls' kill rate in words, or null when the catalog declares no mutants
 * @param controls the kill matrix: every declared mutant, run or not
 */
public record ReportView(String generatedAt, boolean passed, String policy, List<String> failures,
                         List<String> warnings, List<String> tools, List<MatrixRow> matrix,
                         List<Total> totals, List<String> environments, List<PatternView> patterns,
                         String killRate, List<ControlRow> controls,
                         List<ExperimentView> unowned, List<QuietTest> quietUnowned) {

    /** An unowned test with nothing to look at (ran, all acceptable): one row, not a card. */
    public record QuietTest(String testId, String total, String outcomes) {
    }

    public record Total(String label, String value) {
    }
}
