package dev.racecard.report.merge;

import dev.racecard.report.merge.MergedPage.Verdict;

import static dev.racecard.report.render.SummaryMarkdown.cell;

/** The merged {@code summary.md}: the combined verdict and a column per environment. */
public final class MergedMarkdown {

    private MergedMarkdown() {
    }

    public static String render(MergedPage page) {
        StringBuilder md = new StringBuilder();
        md.append("# Racecard merged: ").append(page.passed() ? "gate passed" : "gate failed").append("\n\n");
        md.append("Environments:\n\n");
        page.environments().forEach(e -> md.append("- ").append(cell(e.label())).append(": ")
                .append(cell(e.source())).append(", gate ").append(e.passed() ? "passed" : "failed").append('\n'));
        md.append('\n');
        page.failures().forEach(f -> md.append("- :x: ").append(cell(f)).append('\n'));
        page.warnings().forEach(w -> md.append("- :warning: ").append(cell(w)).append('\n'));
        md.append("\n| pattern | variant | kind |");
        page.environments().forEach(e -> md.append(' ').append(cell(e.label())).append(" |"));
        md.append(" combined | race demonstrated in |\n|---|---|---|");
        page.environments().forEach(e -> md.append("---|"));
        md.append("---|---|\n");
        for (MergedPage.Row row : page.matrix()) {
            md.append("| ").append(cell(row.pattern())).append(" | ").append(cell(row.variant())).append(" | ")
                    .append(row.kind()).append(" |");
            row.verdicts().forEach(v -> md.append(' ').append(label(v)).append(" |"));
            md.append(' ').append(label(row.combined())).append(" | ")
                    .append(row.demonstratedIn() == null ? "" : cell(row.demonstratedIn())).append(" |\n");
        }
        return md.toString();
    }

    private static String label(Verdict v) {
        return v.css().equals("absent") ? "—" : v.label();
    }
}
