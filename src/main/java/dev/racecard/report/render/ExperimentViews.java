package dev.racecard.report.render;

import dev.racecard.catalog.VariantKind;
import dev.racecard.evidence.ConfigurationRun;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.report.stats.Formats;
import dev.racecard.evidence.Outcome;
import dev.racecard.evidence.ReusedEvidence;
import dev.racecard.evidence.RunStatus;
import dev.racecard.evidence.SettingKeys;
import dev.racecard.report.render.view.ExperimentView;
import dev.racecard.report.render.view.OutcomeView;
import dev.racecard.reproduce.Reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** One experiment as its card prints it: histogram, confidence, configurations, reproduce line. Pure. */
final class ExperimentViews {

    private ExperimentViews() {
    }

    /** @param kind the variant's kind, or null for a test no variant claims */
    static ExperimentView of(Experiment e, VariantKind kind) {
        return of(e, kind, true, true);
    }

    /**
     * @param showTestId   false on a card whose title already names the test
     * @param showSettings false where the page states these settings once for many cards
     */
    static ExperimentView of(Experiment e, VariantKind kind, boolean showTestId, boolean showSettings) {
        String[] trace = Formats.splitTrace(e.counterexample() == null ? null : e.counterexample().trace());
        List<String> common = commonFlags(e.configurations());
        Map<String, String> settings = settings(e);
        String description = e.settings().get(SettingKeys.DESCRIPTION);
        List<String> compilations = e.configurations().stream().map(ConfigurationRun::compilation).distinct().toList();
        // "" when no configuration says its compilation: then there is nothing to show
        String commonCompilation = compilations.size() == 1 ? Objects.requireNonNullElse(compilations.get(0), "") : null;
        // columns only for outcomes some configuration saw: the histogram above lists the unseen ones
        List<String> seenIds = e.configurations().stream().flatMap(c -> c.outcomes().stream())
                .filter(Outcome::observed).map(Outcome::id).distinct().toList();
        List<Outcome> columns = e.outcomes().stream().filter(o -> seenIds.contains(o.id())).collect(Collectors.toList());
        e.configurations().stream().flatMap(c -> c.outcomes().stream())
                .filter(o -> seenIds.contains(o.id()) && columns.stream().noneMatch(c -> c.id().equals(o.id())))
                .forEach(columns::add);
        List<ExperimentView.ConfigurationView> configurations = e.configurations().stream()
                .map(c -> configuration(c, common, columns)).toList();
        return new ExperimentView(e.tool().id(), showTestId ? e.testId() : null, description, e.status().name(),
                e.status() == RunStatus.OK, Formats.count(e.totalCount()),
                duration(e),
                Confidence.of(e, kind), Reproduce.command(e), reused(e), outcomes(e.outcomes()),
                e.counterexample() == null ? null : e.counterexample().summary(), trace[0], trace[1], e.messages(),
                showSettings ? settings : Map.of(), String.join(" ", common), commonCompilation,
                outcomes(columns), distinguishForks(configurations));
    }

    static ExperimentView withSettings(ExperimentView v, Map<String, String> settings) {
        return new ExperimentView(v.tool(), v.testId(), v.description(), v.status(), v.ok(), v.total(), v.duration(),
                v.confidence(), v.reproduce(), v.reused(), v.outcomes(), v.counterexampleSummary(), v.counterexampleTrace(),
                v.counterexampleDetail(), v.messages(), settings, v.commonFlags(), v.commonCompilation(),
                v.seenOutcomes(), v.configurations());
    }

    /** The settings a card lists: all but the description and the reuse, which it prints above them. */
    static Map<String, String> settings(Experiment e) {
        Map<String, String> settings = new LinkedHashMap<>(e.settings());
        settings.remove(SettingKeys.DESCRIPTION);
        settings.remove(SettingKeys.REUSED_FROM);
        settings.remove(SettingKeys.REUSED_RECORDED_AT);
        settings.remove(SettingKeys.REUSED_AGE);
        return settings;
    }

    /** "reused from run 20261208-1015, 3 h old" for evidence restored from the history, else null. */
    static String reused(Experiment e) {
        if (!ReusedEvidence.reused(e)) {
            return null;
        }
        String age = e.settings().get(SettingKeys.REUSED_AGE);
        return "reused from run " + e.settings().get(SettingKeys.REUSED_FROM)
                + (age == null ? ", recorded " + e.settings().get(SettingKeys.REUSED_RECORDED_AT) : ", " + age + " old");
    }

    /** Two configurations with the same flags and compilation (e.g. jcstress forks) are told apart by their labels. */
    private static List<ExperimentView.ConfigurationView> distinguishForks(List<ExperimentView.ConfigurationView> rows) {
        long distinct = rows.stream().map(r -> r.flags() + "\n" + r.compilation()).distinct().count();
        if (distinct == rows.size()) {
            return rows;
        }
        return rows.stream().map(r -> new ExperimentView.ConfigurationView(r.label(), r.label(), r.compilation(),
                r.samples(), r.counts())).toList();
    }

    /**
     * Its own time, or, for a jcstress test, the measured time of the jcstress run it was part
     * of; null when nothing was measured.
     */
    private static String duration(Experiment e) {
        String run = e.settings().get(SettingKeys.JCSTRESS_RUN);
        if (e.durationMillis() >= 0) {
            return Formats.duration(e.durationMillis());
        }
        return run == null ? null : "part of a jcstress run of " + run;
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

    static ExperimentView.ConfigurationView configuration(ConfigurationRun run, List<String> common,
                                                           List<Outcome> columns) {
        long samples = run.outcomes().stream().mapToLong(Outcome::count).sum();
        String flags;
        if (run.jvmArgs().isEmpty() && run.compilation() == null) {
            flags = run.label(); // from a tool, or a report, that does not say its flags
        } else {
            List<String> own = new ArrayList<>(run.jvmArgs());
            own.removeAll(common);
            flags = own.isEmpty() ? "(no other flags)" : String.join(" ", own);
        }
        List<ExperimentView.Count> counts = columns.stream().map(column -> {
            long n = run.outcomes().stream().filter(o -> o.id().equals(column.id())).mapToLong(Outcome::count).sum();
            boolean notable = n > 0 && column.expectation() != Expectation.ACCEPTABLE;
            String css = column.expectation() == Expectation.FORBIDDEN ? "forbidden" : "race";
            return new ExperimentView.Count(Formats.count(n), notable ? css : "");
        }).toList();
        return new ExperimentView.ConfigurationView(run.label(), flags,
                run.compilation() == null ? "" : run.compilation(), Formats.count(samples), counts);
    }

    private static String css(Expectation expectation) {
        return expectation.name().toLowerCase(Locale.ROOT);
    }

    static List<OutcomeView> outcomes(List<Outcome> outcomes) {
        long total = outcomes.stream().mapToLong(Outcome::count).sum();
        return outcomes.stream().map(o -> {
            double share = total == 0 ? 0 : 100.0 * o.count() / total;
            return new OutcomeView(o.id(), o.description(), Formats.count(o.count()), Formats.percent(share),
                    barWidth(o.count(), share), css(o.expectation()), o.observed());
        }).toList();
    }

    /**
     * The bar's width as a class of the stylesheet, in whole percent ("w37"): the page may carry
     * no style attribute, and one width rule per percent is far smaller than an SVG per bar. The
     * exact share is printed beside it. A seen outcome is never thinner than a hairline, however rare.
     */
    static String barWidth(long count, double share) {
        if (count == 0) {
            return null;
        }
        return share < 0.5 ? "hairline" : "w" + Math.round(share);
    }
}
