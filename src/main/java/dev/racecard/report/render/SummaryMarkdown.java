package dev.racecard.report.render;

import dev.racecard.report.render.view.ReportView;
import dev.racecard.report.render.view.ReportView.Cell;
import dev.racecard.report.render.view.ReportView.ControlRow;
import dev.racecard.report.render.view.ReportView.FindingView;
import dev.racecard.report.render.view.ReportView.MatrixGroup;
import dev.racecard.report.render.view.ReportView.MatrixRow;
import dev.racecard.report.render.view.ReportView.TestRow;

import java.util.List;

/** {@code summary.md}: the verdict, the findings with their reproduce lines, the matrix, for CI job summaries. */
public final class SummaryMarkdown {

    /**
     * Passed tests listed at most: a CI job summary has a size limit (GitHub: 1 MiB), and failed
     * or interesting tests are always listed in full first.
     */
    static final int PASSED_ROWS = 2_000;

    private SummaryMarkdown() {
    }

    public static String render(ReportView view) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(cell(view.title())).append(": ").append(view.passed() ? "gate passed" : "gate failed")
                .append("\n\n");
        if (view.reuse() != null) {
            md.append(cell(view.reuse())).append(".\n\n");
        }
        md.append("Race policy: ").append(cell(view.policy())).append(". ");
        md.append(view.environments().size() == 1 ? "Environment: " : "Environments: ");
        md.append(String.join("; ", view.environments().stream().map(e -> cell(e.machine().startsWith(e.label())
                ? e.machine() : e.label() + " (" + e.machine() + ")")).toList())).append("\n\n");
        findings(md, ":x:", view.failures());
        findings(md, ":warning:", view.warnings());
        if (!view.matrix().isEmpty()) {
            header(md, "| variant | kind | verdict |", view.tools(), "|---|---|---|");
            for (MatrixGroup group : view.matrix()) {
                md.append("| **").append(cell(group.title())).append("** | | |");
                view.tools().forEach(t -> md.append(" |"));
                md.append('\n');
                for (MatrixRow row : group.rows()) {
                    md.append("| ").append(cell(row.variant())).append(" | ").append(row.kind()).append(" | ")
                            .append(row.statusLabel()).append(row.seenIn() == null ? "" : " (" + cell(row.seenIn()) + ")")
                            .append(" |");
                    cells(md, row.cells());
                }
            }
        }
        if (!view.controls().isEmpty()) {
            md.append("\n## Positive controls: ").append(cell(view.killRate())).append("\n\n");
            header(md, "| variant | mutant | verdict |", view.tools(), "|---|---|---|");
            for (ControlRow row : view.controls()) {
                md.append("| ").append(cell(row.variantRef())).append(" | ").append(cell(row.mutant())).append(" | ")
                        .append(row.statusLabel()).append(" |");
                cells(md, row.cells());
            }
        }
        if (!view.tests().isEmpty()) {
            tests(md, view.tests());
        }
        md.append('\n');
        view.totals().forEach(t -> md.append("- ").append(t.label()).append(": ").append(cell(t.value())).append('\n'));
        return md.toString();
    }

    private static void tests(StringBuilder md, List<TestRow> tests) {
        md.append("\n## Tests\n\n| test | tool | verdict | samples | outcomes seen |\n|---|---|---|---|---|\n");
        // the notable ones (failed, errored, interesting) are the ones with a card
        List<TestRow> notable = tests.stream().filter(t -> t.anchor() != null).toList();
        List<TestRow> passed = tests.stream().filter(t -> t.anchor() == null).toList();
        notable.forEach(t -> testRow(md, t));
        passed.stream().limit(PASSED_ROWS).forEach(t -> testRow(md, t));
        if (passed.size() > PASSED_ROWS) {
            md.append("\n…and ").append(passed.size() - PASSED_ROWS)
                    .append(" more passed tests: every one is listed in index.html.\n");
        }
    }

    private static void testRow(StringBuilder md, TestRow t) {
        md.append("| ").append(cell(t.testId())).append(" | ").append(t.tool()).append(" | ").append(t.verdict())
                .append(" | ").append(t.samples()).append(" | ").append(cell(t.outcomes())).append(" |\n");
    }

    private static void findings(StringBuilder md, String icon, List<FindingView> findings) {
        for (FindingView f : findings) {
            md.append("- ").append(icon).append(' ').append(cell(f.line()));
            if (f.reproduce() != null) {
                md.append("<br>reproduce: `").append(f.reproduce().replaceAll("[\\r\\n`]", " ")).append('`');
            }
            md.append('\n');
        }
        if (!findings.isEmpty()) {
            md.append('\n');
        }
    }

    private static void header(StringBuilder md, String columns, List<String> tools, String rule) {
        md.append(columns);
        tools.forEach(t -> md.append(' ').append(t).append(" |"));
        md.append('\n').append(rule);
        tools.forEach(t -> md.append("---|"));
        md.append('\n');
    }

    private static void cells(StringBuilder md, List<Cell> cells) {
        cells.forEach(c -> md.append(' ').append(cell(String.join("; ", c.lines()))).append(" |"));
        md.append('\n');
    }

    /**
     * Makes a string inert in Markdown: no HTML (GitHub renders some), no table breaks, no
     * links or emphasis, one line.
     */
    public static String cell(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '|', '[', ']', '(', ')', '*', '_', '`', '\\', '#', '!' -> out.append('\\').append(c);
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
