package dev.racecard.report.render.view;

import java.util.List;
import java.util.Map;

/**
 * Everything the templates and summary.md print, already formatted: they only lay it out. One
 * shape for one environment or many.
 *
 * @param multi    more than one environment: cells and cards name the environment of each line
 * @param killRate the positive controls' kill rate in words, or null when no mutant is declared
 * @param reuse    how many experiments were reused from the history and the oldest's age, in words; null if none
 * @param controls the kill matrix: every declared mutant, run or not
 * @param tests    every test no catalog variant claims, one row each with its verdict
 * @param testCards the ones worth a card: failed, errored, or showed an interesting outcome
 * @param cardSettings settings most of the cards' experiments share, stated once above them; empty if none
 * @param cardSettingsNote how many share them, in words; null when cardSettings is empty
 */
public record ReportView(String title, String intro, String generatedAt, boolean passed, String policy, String reuse,
                         List<FindingView> failures, List<FindingView> warnings, List<EnvironmentView> environments,
                         boolean multi, List<String> tools, List<MatrixGroup> matrix, List<Total> totals,
                         String killRate, List<ControlRow> controls, List<PatternView> patterns,
                         List<TestRow> tests, List<TestCard> testCards, Map<String, String> cardSettings,
                         String cardSettingsNote) {

    public record Total(String label, String value) {
    }

    /** A finding's line and the command that re-runs its experiment (null if none). */
    public record FindingView(String line, String reproduce) {
    }

    /** @param machine JDK, OS, architecture and CPUs, in one line */
    public record EnvironmentView(String label, String machine, String source, String generatedAt, String policy,
                                  String mutants, boolean passed) {
    }

    /** A pattern's rows of the summary matrix, under one heading row. */
    public record MatrixGroup(String title, String anchor, List<MatrixRow> rows) {
    }

    /** @param seenIn for a racy variant, in how many runs its race showed; else null */
    public record MatrixRow(String variant, String anchor, String kind, String status, String statusLabel,
                            List<Cell> cells, String seenIn) {
    }

    /** One tool's cell: one line, or one per environment when there are several. */
    public record Cell(String css, List<String> lines) {
    }

    /**
     * One positive control in the kill matrix and on its variant's card.
     *
     * @param killedBy the gate's findings that failed it, one per environment where it was killed
     */
    public record ControlRow(String variantRef, String variantAnchor, String mutant, String mistake,
                             String implementation, String status, String statusLabel, List<Cell> cells,
                             List<FindingView> killedBy, String blindSpot) {
    }

    /** @param anchor the test's card, or null when it has none */
    public record TestRow(String tool, String testId, String verdict, String verdictCss, String samples,
                          String outcomes, String anchor) {
    }

    public record TestCard(String anchor, String tool, String testId, List<FindingView> failures,
                           List<RunView> runs) {
    }
}
