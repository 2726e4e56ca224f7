package dev.racecard.report.render;

import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.Severity;
import dev.racecard.report.gate.VariantStatus;
import dev.racecard.report.gate.VariantVerdict;
import dev.racecard.report.model.ConfigurationRun;
import dev.racecard.report.model.Expectation;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.model.Outcome;
import dev.racecard.report.model.RunStatus;
import dev.racecard.report.render.view.CodeLine;
import dev.racecard.report.render.view.ControlRow;
import dev.racecard.report.render.view.ExperimentView;
import dev.racecard.report.render.view.MatrixRow;
import dev.racecard.report.render.view.OutcomeView;
import dev.racecard.report.render.view.PatternView;
import dev.racecard.report.render.view.ReportView;
import dev.racecard.report.render.view.VariantView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Turns a gate verdict into the formatted view the HTML template lays out. Pure. */
public final class ReportViews {

    private ReportViews() {
    }

    /** @param sources implementation class name to its source text, where known */
    public static ReportView of(GateVerdict verdict, Instant generatedAt, Map<String, String> sources) {
        List<Tool> tools = toolsUsed(verdict);
        List<MatrixRow> matrix = new ArrayList<>();
        List<PatternView> patterns = new ArrayList<>();
        Pattern current = null;
        List<VariantView> racy = new ArrayList<>();
        List<VariantView> correct = new ArrayList<>();
        for (VariantVerdict v : verdict.variants()) {
            if (current != null && current != v.pattern()) {
                patterns.add(patternView(current, racy, correct));
                racy = new ArrayList<>();
                correct = new ArrayList<>();
            }
            current = v.pattern();
            matrix.add(new MatrixRow(v.pattern().title(), v.variant().id(), anchor(v.ref()), kind(v.variant().kind()),
                    cssName(v.status()), label(v.status()), tools.stream().map(t -> toolCell(v, t)).toList()));
            List<ControlRow> controls = verdict.mutants().stream().filter(m -> m.variant() == v.variant())
                    .map(m -> MutantViews.row(m, tools)).toList();
            (v.variant().kind() == VariantKind.RACY ? racy : correct).add(variantView(v, sources, controls));
        }
        if (current != null) {
            patterns.add(patternView(current, racy, correct));
        }
        List<Experiment> all = allExperiments(verdict).toList();
        return new ReportView(generatedAt.toString(), verdict.passed(), verdict.policy().name().toLowerCase(Locale.ROOT),
                verdict.failures().stream().map(Finding::line).toList(),
                verdict.warnings().stream().map(Finding::line).toList(),
                tools.stream().map(Tool::id).toList(), matrix, totals(verdict, all), environments(all), patterns,
                MutantViews.killRate(verdict), MutantViews.rows(verdict, tools),
                verdict.unowned().stream().filter(ReportViews::notable).map(ReportViews::experimentView).toList(),
                verdict.unowned().stream().filter(e -> !notable(e)).map(ReportViews::quietTest).toList());
    }

    /**
     * An unowned test worth a card: it failed, or showed something interesting. The rest (like
     * jcstress's "all remaining tests") get a row each, which keeps a report over thousands of
     * foreign tests readable and small.
     */
    static boolean notable(Experiment e) {
        return e.status() != RunStatus.OK || e.observed(Expectation.FORBIDDEN) > 0 || e.demonstratesRace()
                || e.totalCount() == 0;
    }

    private static ReportView.QuietTest quietTest(Experiment e) {
        String outcomes = e.outcomes().stream().filter(Outcome::observed)
                .map(o -> o.id() + " \u00d7 " + Formats.count(o.count())).reduce((a, b) -> a + ", " + b).orElse("");
        return new ReportView.QuietTest(e.testId(), Formats.count(e.totalCount()), outcomes);
    }

    static String anchor(String ref) {
        return "v-" + ref.replaceAll("[^A-Za-z0-9-]", "-");
    }

    private static PatternView patternView(Pattern p, List<VariantView> racy, List<VariantView> correct) {
        return new PatternView(p.id(), p.title(), p.claim(), p.seeds(), racy, correct);
    }

    private static VariantView variantView(VariantVerdict v, Map<String, String> sources, List<ControlRow> controls) {
        String source = sources.get(v.variant().implementation());
        return new VariantView(anchor(v.ref()), v.variant().id(), kind(v.variant().kind()), cssName(v.status()),
                label(v.status()), v.variant().summary(), v.variant().implementation(),
                source == null ? List.of() : codeLines(source, v.variant().criticalCode()),
                messages(v.findings(), Severity.FAILURE), messages(v.findings(), Severity.WARNING),
                v.experiments().stream().map(ReportViews::experimentView).toList(), controls);
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

    private static List<String> messages(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).map(Finding::line).toList();
    }

    static ExperimentView experimentView(Experiment e) {
        long total = e.totalCount();
        String[] trace = Formats.splitTrace(e.counterexample() == null ? null : e.counterexample().trace());
        List<String> common = commonFlags(e.configurations());
        return new ExperimentView(e.tool().id(), e.testId(), e.status().name(), e.status().name().equals("OK"),
                Formats.count(total), Formats.duration(e.durationMillis()), outcomeViews(e.outcomes()),
                e.counterexample() == null ? null : e.counterexample().summary(), trace[0], trace[1],
                e.messages(), e.settings(), environment(e.environment()), String.join(" ", common),
                e.configurations().stream().map(c -> configurationView(c, common)).toList());
    }

    /** The flags every configuration has (e.g. the run's prepended heap size), when there are several. */
    static List<String> commonFlags(List<ConfigurationRun> runs) {
        if (runs.size() < 2) {
            return List.of();
        }
        List<String> common = new ArrayList<>(runs.get(0).jvmArgs());
        runs.forEach(r -> common.retainAll(r.jvmArgs()));
        return common;
    }

    static ExperimentView.ConfigurationView configurationView(ConfigurationRun run, List<String> common) {
        long samples = run.outcomes().stream().mapToLong(Outcome::count).sum();
        long forbidden = observed(run, Expectation.FORBIDDEN);
        long interesting = observed(run, Expectation.INTERESTING);
        String flags;
        if (run.jvmArgs().isEmpty() && run.compilation() == null) {
            flags = run.label(); // from a tool, or a report, that does not say its flags
        } else {
            List<String> own = new ArrayList<>(run.jvmArgs());
            own.removeAll(common);
            flags = own.isEmpty() ? "(no other flags)" : String.join(" ", own);
        }
        String seen;
        String seenClass;
        if (forbidden > 0) {
            seen = "forbidden " + Formats.count(forbidden);
            seenClass = "forbidden";
        } else if (interesting > 0) {
            seen = "race " + Formats.count(interesting);
            seenClass = "interesting";
        } else {
            seen = samples == 0 ? "no samples" : "acceptable only";
            seenClass = "acceptable";
        }
        return new ExperimentView.ConfigurationView(run.label(), flags,
                run.compilation() == null ? "" : run.compilation(), Formats.count(samples), seen, seenClass,
                outcomeViews(run.outcomes()));
    }

    private static long observed(ConfigurationRun run, Expectation expectation) {
        return run.outcomes().stream().filter(o -> o.expectation() == expectation).mapToLong(Outcome::count).sum();
    }

    static List<OutcomeView> outcomeViews(List<Outcome> outcomes) {
        long total = outcomes.stream().mapToLong(Outcome::count).sum();
        return outcomes.stream().map(o -> {
            double share = total == 0 ? 0 : 100.0 * o.count() / total;
            // a bar for a seen outcome is never thinner than a hairline, however rare it is
            double width = o.count() == 0 ? 0 : Math.max(share, 0.5);
            return new OutcomeView(o.id(), o.description(), Formats.count(o.count()), Formats.percent(share),
                    String.format(Locale.ROOT, "%.2f", width), o.expectation().name().toLowerCase(Locale.ROOT),
                    o.observed());
        }).toList();
    }

    private static String toolCell(VariantVerdict v, Tool tool) {
        List<Experiment> runs = v.experiments().stream().filter(e -> e.tool() == tool).toList();
        if (runs.isEmpty()) {
            // a tool the variant does not use is no gap in its evidence
            return v.variant().tools().contains(tool) ? "no evidence" : "—";
        }
        if (runs.stream().anyMatch(e -> !e.status().name().equals("OK"))) {
            return "error";
        }
        long total = runs.stream().mapToLong(Experiment::totalCount).sum();
        long forbidden = runs.stream().mapToLong(e -> e.observed(Expectation.FORBIDDEN)).sum();
        long interesting = runs.stream().mapToLong(e -> e.observed(Expectation.INTERESTING)).sum();
        boolean counterexample = runs.stream().anyMatch(e -> e.counterexample() != null);
        if (forbidden > 0) {
            return "forbidden " + Formats.count(forbidden) + " of " + Formats.count(total);
        }
        if (v.variant().kind() == VariantKind.RACY) {
            if (counterexample) {
                return "counterexample found";
            }
            return interesting == 0 ? "not reproduced in " + Formats.count(total) : "race " + Formats.count(interesting) + " of " + Formats.count(total);
        }
        return "forbidden 0 of " + Formats.count(total);
    }

    private static List<ReportView.Total> totals(GateVerdict verdict, List<Experiment> all) {
        long samples = all.stream().mapToLong(Experiment::totalCount).sum();
        long millis = all.stream().mapToLong(Experiment::durationMillis).filter(d -> d >= 0).sum();
        long demonstrated = verdict.variants().stream().filter(v -> v.status() == VariantStatus.RACE_DEMONSTRATED).count();
        long racy = verdict.variants().stream().filter(v -> v.variant().kind() == VariantKind.RACY).count();
        long clean = verdict.variants().stream().filter(v -> v.status() == VariantStatus.NEVER_FORBIDDEN).count();
        long correct = verdict.variants().size() - racy;
        List<ReportView.Total> totals = new ArrayList<>();
        if (!verdict.variants().isEmpty()) {
            totals.add(new ReportView.Total("patterns", Formats.count(verdict.variants().stream().map(VariantVerdict::pattern).distinct().count())));
            totals.add(new ReportView.Total("races demonstrated", demonstrated + " of " + racy + " racy variants"));
            totals.add(new ReportView.Total("never forbidden", clean + " of " + correct + " correct variants"));
        }
        String killRate = MutantViews.killRate(verdict);
        if (killRate != null) {
            totals.add(new ReportView.Total("positive controls", killRate));
        }
        totals.add(new ReportView.Total("experiments", Formats.count(all.size())));
        totals.add(new ReportView.Total("samples", Formats.count(samples)));
        totals.add(new ReportView.Total("failures", Formats.count(verdict.failures().size())));
        totals.add(new ReportView.Total("warnings", Formats.count(verdict.warnings().size())));
        if (millis > 0) {
            totals.add(new ReportView.Total("time in timed experiments", Formats.duration(millis)));
        }
        return totals;
    }

    private static List<String> environments(List<Experiment> all) {
        Set<String> distinct = new LinkedHashSet<>();
        for (Experiment e : all) {
            if (!e.environment().isEmpty()) {
                distinct.add(environment(e.environment()));
            }
        }
        return List.copyOf(distinct);
    }

    private static Stream<Experiment> allExperiments(GateVerdict verdict) {
        return Stream.concat(verdict.variants().stream().flatMap(v -> v.experiments().stream()), verdict.unowned().stream());
    }

    private static List<Tool> toolsUsed(GateVerdict verdict) {
        Set<Tool> used = new LinkedHashSet<>();
        verdict.variants().forEach(v -> used.addAll(v.variant().tools()));
        allExperiments(verdict).forEach(e -> used.add(e.tool()));
        return Stream.of(Tool.values()).filter(used::contains).toList();
    }

    static String environment(Map<String, String> env) {
        if (env.isEmpty()) {
            return "unknown";
        }
        StringBuilder s = new StringBuilder("JDK ").append(env.getOrDefault("jdk", "?"));
        if (env.containsKey("vendor")) {
            s.append(" (").append(env.get("vendor")).append(')');
        }
        s.append(", ").append(env.getOrDefault("os", "?")).append(' ').append(env.getOrDefault("arch", ""));
        if (env.containsKey("cpus")) {
            s.append(", ").append(env.get("cpus")).append(" CPUs");
        }
        return s.toString().trim();
    }

    private static String kind(VariantKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String cssName(VariantStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String label(VariantStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }


}
