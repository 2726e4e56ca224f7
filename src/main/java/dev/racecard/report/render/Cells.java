package dev.racecard.report.render;

import dev.racecard.catalog.Tool;
import dev.racecard.report.document.RacecardDocument.VariantRun;
import dev.racecard.report.gate.ToolVerdict;
import dev.racecard.report.gate.ToolStatus;
import dev.racecard.report.stats.Formats;
import dev.racecard.report.render.view.ReportView.Cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The summary matrix's cells: one tool's result on one variant, per environment. Pure. */
final class Cells {

    /** A cell over several environments is coloured by its most telling status, first here. */
    private static final List<ToolStatus> PRIORITY = List.of(ToolStatus.FORBIDDEN, ToolStatus.ERROR,
            ToolStatus.NO_EVIDENCE, ToolStatus.INCONCLUSIVE, ToolStatus.NOT_REPRODUCED, ToolStatus.RACE_SEEN,
            ToolStatus.NEVER_FORBIDDEN, ToolStatus.NOT_APPLICABLE);

    private Cells() {
    }

    static Cell of(List<VariantRun> runs, Tool tool, boolean multi) {
        List<String> lines = new ArrayList<>();
        ToolStatus worst = null;
        for (VariantRun run : runs) {
            Optional<ToolVerdict> result = run.tools().stream().filter(r -> r.tool() == tool).findFirst();
            ToolStatus status = result.map(ToolVerdict::status).orElse(ToolStatus.NOT_APPLICABLE);
            String text = result.map(Cells::text).orElse("—");
            lines.add(multi ? run.environment() + ": " + text : text);
            worst = worst == null || PRIORITY.indexOf(status) < PRIORITY.indexOf(worst) ? status : worst;
        }
        if (runs.isEmpty() || worst == ToolStatus.NOT_APPLICABLE) {
            return new Cell("", List.of("—")); // a tool the variant does not use, in every environment
        }
        return new Cell(css(worst), lines);
    }

    static String text(ToolVerdict r) {
        return switch (r.status()) {
            case NOT_APPLICABLE -> "—";
            case NO_EVIDENCE -> "no evidence";
            case ERROR -> "error";
            case FORBIDDEN -> "forbidden " + Formats.count(r.hits()) + " of " + Formats.count(r.samples());
            case NEVER_FORBIDDEN -> neverForbidden(r);
            case INCONCLUSIVE -> "inconclusive here: " + neverForbidden(r);
            case RACE_SEEN -> r.tool().deterministic() ? "counterexample found"
                    : "race " + Formats.count(r.hits()) + " of " + Formats.count(r.samples()) + (r.stoppedAtRace()
                    ? ", stopped when seen" : " (" + Formats.interval(r.raceRate().low(), r.raceRate().high()) + ")");
            case NOT_REPRODUCED -> "not reproduced in " + Formats.count(r.samples());
        };
    }

    private static String neverForbidden(ToolVerdict r) {
        if (r.upperBound() == null) {
            boolean whole = r.effort() != null && r.effort().contains("whole budget");
            return "no violation in " + Formats.count(r.samples()) + " explored" + (whole ? ", its whole budget" : "");
        }
        return "0 of " + Formats.count(r.samples()) + " forbidden, ≤ " + Formats.probability(r.upperBound());
    }

    private static String css(ToolStatus status) {
        return status == null ? "" : "t-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
