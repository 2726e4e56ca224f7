package dev.racecard.report.render;

import dev.racecard.report.render.view.ControlRow;
import dev.racecard.report.render.view.MatrixRow;
import dev.racecard.report.render.view.ReportView;

/** {@code summary.md}: the verdict and the matrix, for CI job summaries. */
public final class SummaryMarkdown {

    private SummaryMarkdown() {
    }

    public static String render(ReportView view) {
        StringBuilder md = new StringBuilder();
        md.append("# Racecard: ").append(view.passed() ? "gate passed" : "gate failed").append("\n\n");
        md.append("Race policy: ").append(view.policy()).append("\n\n");
        for (String f : view.failures()) {
            md.append("- :x: ").append(cell(f)).append('\n');
        }
        for (String w : view.warnings()) {
            md.append("- :warning: ").append(cell(w)).append('\n');
        }
        md.append("\n| pattern | variant | kind | verdict |");
        view.tools().forEach(t -> md.append(' ').append(t).append(" |"));
        md.append("\n|---|---|---|---|");
        view.tools().forEach(t -> md.append("---|"));
        md.append('\n');
        for (MatrixRow row : view.matrix()) {
            md.append("| ").append(cell(row.pattern())).append(" | ").append(cell(row.variant())).append(" | ")
                    .append(row.kind()).append(" | ").append(row.statusLabel()).append(" |");
            row.toolCells().forEach(c -> md.append(' ').append(cell(c)).append(" |"));
            md.append('\n');
        }
        if (!view.controls().isEmpty()) {
            md.append("\n## Positive controls: ").append(cell(view.killRate())).append("\n\n| variant | mutant | verdict |");
            view.tools().forEach(t -> md.append(' ').append(t).append(" |"));
            md.append("\n|---|---|---|");
            view.tools().forEach(t -> md.append("---|"));
            md.append('\n');
            for (ControlRow row : view.controls()) {
                md.append("| ").append(cell(row.variantRef())).append(" | ").append(cell(row.mutant())).append(" | ")
                        .append(row.statusLabel()).append(" |");
                row.toolCells().forEach(c -> md.append(' ').append(cell(c)).append(" |"));
                md.append('\n');
            }
        }
        md.append('\n');
        view.totals().forEach(t -> md.append("- ").append(t.label()).append(": ").append(t.value()).append('\n'));
        return md.toString();
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
