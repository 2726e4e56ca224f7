package dev.racecard.report.merge;

import dev.racecard.report.render.Formats;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.gate.Severity;
import dev.racecard.report.gate.VariantStatus;
import dev.racecard.report.merge.MergedDocument.Environment;
import dev.racecard.report.merge.MergedDocument.LabelledFinding;
import dev.racecard.report.merge.MergedDocument.MergedExperiment;
import dev.racecard.report.merge.MergedDocument.MergedOutcome;
import dev.racecard.report.merge.MergedDocument.MergedVariant;
import dev.racecard.report.merge.MergedDocument.Run;
import dev.racecard.report.merge.MergedPage.Count;
import dev.racecard.report.merge.MergedPage.OutcomeRow;
import dev.racecard.report.merge.MergedPage.RunCell;
import dev.racecard.report.merge.MergedPage.Trace;
import dev.racecard.report.merge.MergedPage.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formats a merged document for merged.peb. Pure; the formats match the single-run page's. */
public final class MergedViews {

    private MergedViews() {
    }

    public static MergedPage of(MergedDocument doc) {
        List<String> labels = doc.environments().stream().map(Environment::label).toList();
        List<MergedPage.Row> matrix = new ArrayList<>();
        List<MergedPage.Section> sections = new ArrayList<>();
        for (MergedDocument.MergedPattern p : doc.patterns()) {
            List<MergedPage.Card> cards = new ArrayList<>();
            for (MergedVariant v : p.variants()) {
                String anchor = "v-" + (p.id() + "/" + v.id()).replaceAll("[^A-Za-z0-9-]", "-");
                List<Verdict> verdicts = labels.stream().map(l -> verdict(v.statusByEnvironment().get(l))).toList();
                String demonstrated = demonstratedIn(v, labels.size());
                matrix.add(new MergedPage.Row(p.title(), v.id(), anchor, kind(v.kind()), verdicts, verdict(v.status()),
                        demonstrated));
                cards.add(new MergedPage.Card(anchor, v.id(), kind(v.kind()), v.summary(), v.implementation(),
                        verdict(v.status()), verdicts, demonstrated, lines(v.findings(), Severity.FAILURE),
                        lines(v.findings(), Severity.WARNING),
                        v.experiments().stream().map(e -> table(e, labels)).toList()));
            }
            sections.add(new MergedPage.Section(p.id(), p.title(), p.claim(), p.seeds(), cards));
        }
        return new MergedPage(doc.generatedAt(), doc.gate().passed(),
                doc.environments().stream().map(MergedViews::column).toList(),
                doc.gate().failures().stream().map(LabelledFinding::line).toList(),
                doc.gate().warnings().stream().map(LabelledFinding::line).toList(),
                matrix, sections, doc.otherTests().stream().map(e -> table(e, labels)).toList());
    }

    /** One line per machine; jcstress does not report CPUs, the other tools do, so they are joined up. */
    private static MergedPage.EnvironmentColumn column(Environment e) {
        Map<String, String> cpus = new LinkedHashMap<>();
        for (Map<String, String> m : e.machines()) {
            cpus.merge(EnvironmentLabels.machine(m).orElse("unknown"), m.getOrDefault("cpus", ""),
                    (a, b) -> a.isEmpty() ? b : a);
        }
        List<String> machines = cpus.entrySet().stream()
                .map(m -> m.getKey() + (m.getValue().isEmpty() ? "" : ", " + m.getValue() + " CPUs")).toList();
        return new MergedPage.EnvironmentColumn(e.label(), e.source(), e.generatedAt(), e.policy(), e.passed(), machines);
    }

    /** For a racy variant: where the race showed, in words (long labels only when they differ); null for a correct one. */
    static String demonstratedIn(MergedVariant v, int environments) {
        if (v.kind() != VariantKind.RACY) {
            return null;
        }
        if (v.demonstratedIn().isEmpty()) {
            return "nowhere";
        }
        if (environments > 1 && v.demonstratedIn().size() == environments) {
            return "all " + environments + " environments";
        }
        return String.join("; ", v.demonstratedIn());
    }

    private static List<String> lines(List<LabelledFinding> findings, Severity severity) {
        return findings.stream().filter(f -> f.finding().severity() == severity).map(LabelledFinding::line).toList();
    }

    static Verdict verdict(VariantStatus status) {
        if (status == null) {
            return new Verdict("absent", "not in this report");
        }
        String name = status.name().toLowerCase(Locale.ROOT);
        return new Verdict(name.replace('_', '-'), name.replace('_', ' '));
    }

    private static MergedPage.ExperimentTable table(MergedExperiment e, List<String> labels) {
        List<RunCell> runs = new ArrayList<>();
        List<Trace> traces = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (String label : labels) {
            Run run = e.runs().get(label);
            if (run == null) {
                runs.add(new RunCell(false, true, "not run", "", ""));
                continue;
            }
            runs.add(new RunCell(true, run.status().name().equals("OK"), run.status().name(), Formats.count(run.total()),
                    Formats.duration(run.durationMillis())));
            if (run.counterexample() != null) {
                String[] trace = Formats.splitTrace(java.util.Objects.requireNonNullElse(run.counterexample().trace(), ""));
                traces.add(new Trace(label, run.counterexample().summary(), trace[0], trace[1]));
            }
            run.messages().forEach(m -> messages.add("[" + label + "] " + m));
        }
        List<OutcomeRow> rows = e.outcomes().stream().map(o -> outcomeRow(o, e.runs(), labels)).toList();
        return new MergedPage.ExperimentTable(e.tool().id(), e.testId(), runs, rows, traces, messages);
    }

    private static OutcomeRow outcomeRow(MergedOutcome o, Map<String, Run> runs, List<String> labels) {
        List<Count> counts = new ArrayList<>();
        for (String label : labels) {
            Long n = o.counts().get(label);
            if (n == null) {
                counts.add(new Count(false, false, "", "", "0"));
                continue;
            }
            long total = runs.get(label).total();
            double share = total == 0 ? 0 : 100.0 * n / total;
            // as on the single-run page: a seen outcome's bar is never thinner than a hairline
            double width = n == 0 ? 0 : Math.max(share, 0.5);
            counts.add(new Count(true, n > 0, Formats.count(n), Formats.percent(share), String.format(Locale.ROOT, "%.2f", width)));
        }
        boolean observed = counts.stream().anyMatch(Count::observed);
        return new OutcomeRow(o.id(), o.description(), o.expectation().name().toLowerCase(Locale.ROOT), observed, counts);
    }

    private static String kind(VariantKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
