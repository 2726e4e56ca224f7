package dev.racecard.report.render;

import dev.racecard.catalog.Tool;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.KillOutcome;
import dev.racecard.report.gate.MutantStatus;
import dev.racecard.report.gate.MutantVerdict;
import dev.racecard.report.gate.ToolKill;
import dev.racecard.report.render.view.ControlRow;

import java.util.List;
import java.util.Locale;

/** The positive controls as the report shows them: the kill matrix and its kill rate. Pure. */
final class MutantViews {

    private MutantViews() {
    }

    static List<ControlRow> rows(GateVerdict verdict, List<Tool> tools) {
        return verdict.mutants().stream().map(m -> row(m, tools)).toList();
    }

    static ControlRow row(MutantVerdict m, List<Tool> tools) {
        String variantRef = m.pattern().id() + "/" + m.variant().id();
        return new ControlRow(variantRef, ReportViews.anchor(variantRef), m.mutant().id(), m.mutant().mistake(),
                m.mutant().implementation(), css(m.status()), label(m.status()),
                tools.stream().map(t -> cell(m, t)).toList(),
                m.tools().stream().filter(k -> k.killedBy() != null).map(k -> k.killedBy().line()).findFirst().orElse(null),
                m.mutant().blindSpot());
    }

    private static String cell(MutantVerdict m, Tool tool) {
        ToolKill kill = m.tools().stream().filter(k -> k.tool() == tool).findFirst().orElse(null);
        if (kill == null || kill.outcome() == KillOutcome.NOT_APPLICABLE) {
            return "—";
        }
        return switch (kill.outcome()) {
            case KILLED -> "killed" + (kill.millisToKill() >= 0 ? " in " + Formats.duration(kill.millisToKill()) : "");
            case SURVIVED -> "survived";
            case ERROR -> "error";
            case NOT_RUN -> "not run";
            case NOT_APPLICABLE -> "—";
        };
    }

    /** "7 of 8 mutants killed (1 blind spot, 3 not run in this budget)", or null when none ran. */
    static String killRate(GateVerdict verdict) {
        List<MutantVerdict> run = verdict.mutantsRun();
        if (verdict.mutants().isEmpty()) {
            return null;
        }
        long killed = count(run, MutantStatus.KILLED);
        long blind = count(run, MutantStatus.BLIND_SPOT);
        long notRun = verdict.mutants().size() - run.size();
        StringBuilder rate = new StringBuilder().append(killed).append(" of ").append(run.size()).append(" mutants killed");
        if (!run.isEmpty()) {
            rate.append(" (").append(Formats.percent(100.0 * killed / run.size())).append(')');
        }
        if (blind > 0) {
            rate.append(", ").append(blind).append(" declared blind spot").append(blind == 1 ? "" : "s");
        }
        if (notRun > 0) {
            rate.append(", ").append(notRun).append(" not run (mutants: ").append(verdict.selection().id()).append(')');
        }
        return rate.toString();
    }

    private static long count(List<MutantVerdict> mutants, MutantStatus status) {
        return mutants.stream().filter(m -> m.status() == status).count();
    }

    private static String css(MutantStatus status) {
        return "m-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String label(MutantStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
