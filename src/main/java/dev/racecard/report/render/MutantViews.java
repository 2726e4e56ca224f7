package dev.racecard.report.render;

import dev.racecard.catalog.Tool;
import dev.racecard.report.document.RacecardDocument.MutantEntry;
import dev.racecard.report.document.RacecardDocument.MutantRun;
import dev.racecard.report.gate.KillOutcome;
import dev.racecard.report.gate.MutantStatus;
import dev.racecard.report.gate.ToolKill;
import dev.racecard.report.stats.Formats;
import dev.racecard.report.render.view.ReportView.Cell;
import dev.racecard.report.render.view.ReportView.ControlRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The positive controls as the report shows them: the kill matrix and its kill rate. Pure. */
final class MutantViews {

    private MutantViews() {
    }

    static ControlRow row(String variantRef, MutantEntry m, List<Tool> tools, boolean multi) {
        MutantStatus status = combined(m.runs());
        return new ControlRow(variantRef, ReportViews.anchor(variantRef), m.id(), m.mistake(), m.implementation(),
                css(status), label(status), tools.stream().map(t -> cell(m.runs(), t, multi)).toList(),
                m.runs().stream().flatMap(r -> r.kills().stream()).filter(k -> k.killedBy() != null)
                        .map(k -> ReportViews.finding(k.killedBy())).limit(m.runs().size()).toList(),
                m.blindSpot());
    }

    /** Killed everywhere it ran is killed; otherwise the status of the first environment where it was not. */
    static MutantStatus combined(List<MutantRun> runs) {
        List<MutantRun> ran = runs.stream().filter(r -> r.status() != MutantStatus.NOT_RUN).toList();
        if (ran.isEmpty()) {
            return MutantStatus.NOT_RUN;
        }
        return ran.stream().map(MutantRun::status).filter(s -> s != MutantStatus.KILLED).findFirst()
                .orElse(MutantStatus.KILLED);
    }

    private static Cell cell(List<MutantRun> runs, Tool tool, boolean multi) {
        List<String> lines = new ArrayList<>();
        String css = "";
        for (MutantRun run : runs) {
            ToolKill kill = run.kills().stream().filter(k -> k.tool() == tool).findFirst().orElse(null);
            String text = kill == null ? "—" : text(kill);
            lines.add(multi ? run.environment() + ": " + text : text);
            if (kill != null && kill.outcome() != KillOutcome.NOT_APPLICABLE && !"k-survived".equals(css)) {
                css = "k-" + kill.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
        }
        return new Cell(css, lines);
    }

    private static String text(ToolKill kill) {
        return switch (kill.outcome()) {
            case KILLED -> "killed" + (kill.millisToKill() >= 0 ? " in " + Formats.duration(kill.millisToKill()) : "");
            case SURVIVED -> "survived";
            case ERROR -> "error";
            case NOT_RUN -> "not run";
            case NOT_APPLICABLE -> "—";
        };
    }

    /** "7 of 8 mutants killed (87.50%), 1 declared blind spot, 3 not run", or null when none are declared. */
    static String killRate(List<MutantEntry> mutants, boolean multi) {
        if (mutants.isEmpty()) {
            return null;
        }
        List<MutantRun> runs = mutants.stream().flatMap(m -> m.runs().stream()).toList();
        List<MutantRun> ran = runs.stream().filter(r -> r.status() != MutantStatus.NOT_RUN).toList();
        long killed = ran.stream().filter(r -> r.status() == MutantStatus.KILLED).count();
        long blind = ran.stream().filter(r -> r.status() == MutantStatus.BLIND_SPOT).count();
        long notRun = runs.size() - ran.size();
        String unit = multi ? " mutant runs" : " mutants";
        StringBuilder rate = new StringBuilder().append(killed).append(" of ").append(ran.size()).append(unit)
                .append(" killed");
        if (!ran.isEmpty()) {
            rate.append(" (").append(Formats.percent(100.0 * killed / ran.size())).append(')');
        }
        if (blind > 0) {
            rate.append(", ").append(blind).append(" declared blind spot").append(blind == 1 ? "" : "s");
        }
        if (notRun > 0) {
            rate.append(", ").append(notRun).append(" not run in this budget");
        }
        return rate.toString();
    }

    static String css(MutantStatus status) {
        return "m-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String label(MutantStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
