package dev.racecard.report.render;

import dev.racecard.catalog.SeedRef;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.document.RacecardDocument.PatternEntry;
import dev.racecard.report.document.RacecardDocument.VariantEntry;
import dev.racecard.report.document.RacecardDocument.VariantRun;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.FindingSubject;
import dev.racecard.report.render.view.CodeLine;
import dev.racecard.report.render.view.PatternView;
import dev.racecard.report.render.view.ReportView.ControlRow;
import dev.racecard.report.render.view.ReportView.FindingView;
import dev.racecard.report.render.view.RunView;
import dev.racecard.report.render.view.VariantView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A pattern's section and its variants' cards. Pure. */
final class VariantViews {

    private VariantViews() {
    }

    static PatternView pattern(PatternEntry p, List<Finding> findings, Map<String, String> sources,
                               Map<String, List<ControlRow>> controls, boolean multi) {
        List<VariantView> racy = new ArrayList<>();
        List<VariantView> correct = new ArrayList<>();
        for (VariantEntry v : p.variants()) {
            String ref = p.id() + "/" + v.id();
            (v.kind() == VariantKind.RACY ? racy : correct).add(variant(p.id(), v, findings, sources,
                    controls.getOrDefault(ref, List.of()), multi));
        }
        return new PatternView(p.id(), p.title(), p.claim(), p.seeds().stream().map(VariantViews::seed).toList(),
                racy, correct);
    }

    static PatternView.SeedView seed(SeedRef s) {
        return new PatternView.SeedView(s.label(), s.source(), s.excerpt());
    }

    private static VariantView variant(String pattern, VariantEntry v, List<Finding> findings,
                                       Map<String, String> sources, List<ControlRow> controls, boolean multi) {
        FindingSubject subject = FindingSubject.variant(pattern, v.id());
        List<Finding> own = findings.stream().filter(f -> f.subject().equals(subject)).toList();
        String source = sources.get(v.implementation());
        List<RunView> runs = v.runs().stream().map(r -> run(r, v.kind(), multi)).toList();
        return new VariantView(ReportViews.anchor(pattern + "/" + v.id()), v.id(), ReportViews.kind(v.kind()),
                ReportViews.css(v.status()), ReportViews.label(v.status()), v.summary(), v.implementation(),
                source == null ? List.of() : codeLines(source, v.criticalCode() == null ? List.of() : v.criticalCode()),
                own.stream().filter(Finding::failure).map(ReportViews::finding).toList(),
                own.stream().filter(f -> !f.failure()).map(ReportViews::finding).toList(), runs, controls);
    }

    private static RunView run(VariantRun r, VariantKind kind, boolean multi) {
        return new RunView(multi ? r.environment() : null, ReportViews.css(r.status()), ReportViews.label(r.status()),
                r.experiments().stream().map(e -> ExperimentViews.of(e, kind)).toList());
    }

    /** The source without its package and import lines, the critical fragments' lines marked. */
    static List<CodeLine> codeLines(String source, List<String> critical) {
        List<CodeLine> lines = new ArrayList<>();
        String[] text = source.split("\\R", -1);
        for (int i = 0; i < text.length; i++) {
            String line = text[i];
            boolean preamble = line.startsWith("package ") || line.startsWith("import ")
                    || (line.isBlank() && lines.isEmpty());
            if (!preamble) {
                String code = line.strip();
                boolean comment = code.startsWith("*") || code.startsWith("/*") || code.startsWith("//");
                lines.add(new CodeLine(i + 1, line, !comment && critical.stream().anyMatch(line::contains)));
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).text().isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static List<FindingView> findings(List<Finding> findings) {
        return findings.stream().map(ReportViews::finding).toList();
    }
}
