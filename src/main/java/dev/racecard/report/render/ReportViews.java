package dev.racecard.report.render;

import dev.racecard.catalog.Tool;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.document.EnvironmentLabels;
import dev.racecard.report.document.RacecardDocument;
import dev.racecard.report.document.RacecardDocument.Environment;
import dev.racecard.report.document.RacecardDocument.MutantEntry;
import dev.racecard.report.document.RacecardDocument.PatternEntry;
import dev.racecard.report.document.RacecardDocument.VariantEntry;
import dev.racecard.report.document.RacecardDocument.VariantRun;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.ToolStatus;
import dev.racecard.report.gate.VariantStatus;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.ReusedEvidence;
import dev.racecard.evidence.SettingKeys;
import dev.racecard.report.stats.Formats;
import dev.racecard.report.render.view.PatternView;
import dev.racecard.report.render.view.ReportView;
import dev.racecard.report.render.view.ReportView.ControlRow;
import dev.racecard.report.render.view.ReportView.EnvironmentView;
import dev.racecard.report.render.view.ReportView.FindingView;
import dev.racecard.report.render.view.ReportView.MatrixGroup;
import dev.racecard.report.render.view.ReportView.MatrixRow;
import dev.racecard.report.render.view.ReportView.Total;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns a document, of one environment or many, into the view every page and summary lays out. Pure. */
public final class ReportViews {

    private static final java.util.regex.Pattern NOT_IN_ANCHOR = java.util.regex.Pattern.compile("[^A-Za-z0-9-]");

    private ReportViews() {
    }

    /** @param sources implementation class name to its source text, where known */
    public static ReportView of(RacecardDocument doc, Map<String, String> sources) {
        boolean multi = doc.environments().size() > 1;
        List<Tool> tools = doc.tools();
        List<Finding> findings = doc.gate().findings();
        Map<String, List<ControlRow>> controls = new LinkedHashMap<>();
        List<MatrixGroup> matrix = new ArrayList<>();
        for (PatternEntry p : doc.patterns()) {
            List<MatrixRow> rows = new ArrayList<>();
            for (VariantEntry v : p.variants()) {
                String ref = p.id() + "/" + v.id();
                rows.add(new MatrixRow(v.id(), anchor(ref), kind(v.kind()), css(v.status()), label(v.status()),
                        tools.stream().map(t -> Cells.of(v.runs(), t, multi)).toList(), seenIn(v, doc)));
                controls.put(ref, v.mutants().stream().map(m -> MutantViews.row(ref, m, tools, multi)).toList());
            }
            matrix.add(new MatrixGroup(p.title(), "p-" + p.id(), rows));
        }
        List<PatternView> patterns = doc.patterns().stream()
                .map(p -> VariantViews.pattern(p, findings, sources, controls, multi)).toList();
        List<MutantEntry> mutants = doc.patterns().stream().flatMap(p -> p.variants().stream())
                .flatMap(v -> v.mutants().stream()).toList();
        boolean catalog = !doc.patterns().isEmpty();
        String title = (catalog ? "Racecard report" : "Racecard report: jcstress results")
                + (multi ? ", " + doc.environments().size() + " environments" : "");
        String intro = catalog
                ? "Which outcomes actually happened when racy and correct versions of shared-state patterns ran under "
                + tools.stream().map(Tool::id).collect(Collectors.joining(", "))
                + (multi ? ", side by side per environment" : "") + "."
                : "Which outcomes each test actually showed, graded as the test declares them: an interesting outcome "
                + "is reported, a forbidden one or an error fails the gate.";
        TestViews.Cards cards = TestViews.cards(doc.otherTests(), findings, multi);
        return new ReportView(title, intro, doc.generatedAt(), doc.gate().passed(), policy(doc.environments()), reuse(doc),
                VariantViews.findings(doc.gate().failures()), VariantViews.findings(doc.gate().warnings()),
                doc.environments().stream().map(ReportViews::environment).toList(), multi,
                tools.stream().map(Tool::id).toList(), matrix, totals(doc, mutants, multi),
                MutantViews.killRate(mutants, multi), controls.values().stream().flatMap(List::stream).toList(),
                patterns, TestViews.rows(doc.otherTests(), findings), cards.cards(),
                cards.commonSettings(), cards.commonSettingsNote());
    }

    /** "race seen in 9 of 10 runs on aarch64, 10 of 10 on amd64" for a racy variant, else null. */
    private static String seenIn(VariantEntry v, RacecardDocument doc) {
        if (v.kind() != VariantKind.RACY || doc.environments().size() < 2) {
            return null; // one run: its cells already say whether it saw the race
        }
        Map<String, String> arch = doc.environments().stream().collect(Collectors.toMap(Environment::label,
                e -> e.machine() == null ? "unknown" : e.machine().getOrDefault("arch", "unknown"), (a, b) -> a));
        Map<String, long[]> byArch = new LinkedHashMap<>();
        for (VariantRun r : v.runs()) {
            long[] seen = byArch.computeIfAbsent(arch.getOrDefault(r.environment(), "unknown"), a -> new long[2]);
            seen[0] += r.status() == VariantStatus.RACE_DEMONSTRATED ? 1 : 0;
            seen[1]++;
        }
        String unit = v.runs().size() == 1 ? " run" : " runs";
        if (byArch.size() == 1) {
            long[] seen = byArch.values().iterator().next();
            return "race seen in " + seen[0] + " of " + seen[1] + unit;
        }
        return "race seen in " + byArch.entrySet().stream().map(e -> e.getValue()[0] + " of " + e.getValue()[1]
                + " runs on " + e.getKey()).collect(Collectors.joining(", "));
    }

    private static String policy(List<Environment> environments) {
        return environments.stream().map(e -> e.policy().id()).distinct().collect(Collectors.joining(", "));
    }

    private static EnvironmentView environment(Environment e) {
        Map<String, String> m = e.machine() == null ? Map.of() : e.machine();
        String machine = EnvironmentLabels.machine(m).orElse("unknown machine")
                + (m.containsKey("vm") ? ", " + m.get("vm") : "")
                + (m.containsKey("cpus") ? ", " + m.get("cpus") + " CPUs" : "");
        return new EnvironmentView(e.label(), machine, e.source(), e.generatedAt(), e.policy().id(),
                e.mutants() == null ? "none" : e.mutants().id(), e.passed());
    }

    /** Every experiment of the document: its variants', their mutants' and the other tests'. */
    private static List<Experiment> withMutants(RacecardDocument doc) {
        List<VariantEntry> variants = doc.patterns().stream().flatMap(p -> p.variants().stream()).toList();
        return Stream.of(
                variants.stream().flatMap(v -> v.runs().stream()).flatMap(r -> r.experiments().stream()),
                variants.stream().flatMap(v -> v.mutants().stream()).flatMap(m -> m.runs().stream())
                        .flatMap(r -> r.experiments().stream()),
                doc.otherTests().stream().flatMap(t -> t.runs().stream()).map(RacecardDocument.TestRun::experiment))
                .flatMap(s -> s).toList();
    }

    /**
     * "12 of 40 experiments (mutants' included) reused from the history, the oldest 3 h old;
     * -Dracecard.history=off runs everything", or null when nothing was reused.
     */
    static String reuse(RacecardDocument doc) {
        List<Experiment> all = withMutants(doc);
        List<Experiment> reused = all.stream().filter(ReusedEvidence::reused).toList();
        if (reused.isEmpty()) {
            return null;
        }
        String oldest = reused.stream().min(Comparator.comparing(e -> e.settings().getOrDefault(
                        SettingKeys.REUSED_RECORDED_AT, ""))).map(e -> e.settings().get(SettingKeys.REUSED_AGE))
                .orElse(null);
        return reused.size() + " of " + all.size() + " experiments (mutants' included) reused from the history"
                + (oldest == null ? "" : ", the oldest " + oldest + " old") + "; -Dracecard.history=off runs everything";
    }

    private static List<Total> totals(RacecardDocument doc, List<MutantEntry> mutants, boolean multi) {
        List<VariantEntry> variants = doc.patterns().stream().flatMap(p -> p.variants().stream()).toList();
        List<Experiment> all = Stream.concat(
                variants.stream().flatMap(v -> v.runs().stream()).flatMap(r -> r.experiments().stream()),
                doc.otherTests().stream().flatMap(t -> t.runs().stream()).map(RacecardDocument.TestRun::experiment))
                .toList();
        List<Total> totals = new ArrayList<>();
        if (!variants.isEmpty()) {
            long racy = variants.stream().filter(v -> v.kind() == VariantKind.RACY).count();
            long correct = variants.size() - racy;
            long inconclusiveCells = variants.stream().flatMap(v -> v.runs().stream()).flatMap(r -> r.tools().stream())
                    .filter(t -> t.status() == ToolStatus.INCONCLUSIVE).count();
            totals.add(new Total("patterns", Formats.count(doc.patterns().size())));
            totals.add(new Total("races demonstrated", count(variants, VariantStatus.RACE_DEMONSTRATED) + " of " + racy
                    + " racy variants"));
            totals.add(new Total("never forbidden", count(variants, VariantStatus.NEVER_FORBIDDEN) + " of " + correct
                    + " correct variants"));
            totals.add(new Total("inconclusive", count(variants, VariantStatus.INCONCLUSIVE) + " variants, "
                    + inconclusiveCells + " tool results"));
        } else {
            totals.add(new Total("tests", Formats.count(doc.otherTests().size())));
        }
        String killRate = MutantViews.killRate(mutants, multi);
        if (killRate != null) {
            totals.add(new Total("positive controls", killRate));
        }
        totals.add(new Total("experiments", Formats.count(all.size())));
        totals.add(new Total("samples", Formats.count(all.stream().mapToLong(Experiment::totalCount).sum())));
        totals.add(new Total("failures", Formats.count(doc.gate().failures().size())));
        totals.add(new Total("warnings", Formats.count(doc.gate().warnings().size())));
        long millis = all.stream().mapToLong(Experiment::durationMillis).filter(d -> d >= 0).sum();
        if (millis > 0) {
            totals.add(new Total("time in timed experiments", Formats.duration(millis)));
        }
        return totals;
    }

    private static long count(List<VariantEntry> variants, VariantStatus status) {
        return variants.stream().filter(v -> v.status() == status).count();
    }

    static FindingView finding(Finding f) {
        return new FindingView(f.line(), f.reproduce());
    }

    static String anchor(String ref) {
        return "v-" + NOT_IN_ANCHOR.matcher(ref).replaceAll("-");
    }

    static String kind(VariantKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static String css(VariantStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String label(VariantStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
