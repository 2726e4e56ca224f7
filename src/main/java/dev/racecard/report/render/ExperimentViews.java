package dev.racecard.report.render;

import dev.racecard.catalog.VariantKind;
import dev.racecard.report.model.ConfigurationRun;
import dev.racecard.report.model.Expectation;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.model.Formats;
import dev.racecard.report.model.Outcome;
import dev.racecard.report.model.RunStatus;
import dev.racecard.report.model.SettingKeys;
import dev.racecard.report.render.view.ExperimentView;
import dev.racecard.report.render.view.OutcomeView;
import dev.racecard.report.reproduce.Reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One experiment as its card prints it: histogram, confidence, configurations, reproduce line. Pure. */
final class ExperimentViews {

    private ExperimentViews() {
    }

    /** @param kind the variant's kind, or null for a test no variant claims */
    static ExperimentView of(Experiment e, VariantKind kind) {
        String[] trace = Formats.splitTrace(e.counterexample() == null ? null : e.counterexample().trace());
        List<String> common = commonFlags(e.configurations());
        Map<String, String> settings = new LinkedHashMap<>(e.settings());
        String description = settings.remove(SettingKeys.DESCRIPTION);
        return new ExperimentView(e.tool().id(), e.testId(), description, e.status().name(), e.status() == RunStatus.OK,
                Formats.count(e.totalCount()), duration(e), Confidence.of(e, kind),
                Reproduce.command(e),
                outcomes(e.outcomes()), e.counterexample() == null ? null : e.counterexample().summary(), trace[0],
                trace[1], e.messages(), settings, String.join(" ", common),
                e.configurations().stream().map(c -> configuration(c, common)).toList());
    }

    /** Its own time, or, for a jcstress test, the measured time of the jcstress run it was part of. */
    private static String duration(Experiment e) {
        String run = e.settings().get(SettingKeys.JCSTRESS_RUN);
        return e.durationMillis() < 0 && run != null ? "part of a jcstress run of " + run : Formats.duration(e.durationMillis());
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

    static ExperimentView.ConfigurationView configuration(ConfigurationRun run, List<String> common) {
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
                outcomes(run.outcomes()));
    }

    private static long observed(ConfigurationRun run, Expectation expectation) {
        return run.outcomes().stream().filter(o -> o.expectation() == expectation).mapToLong(Outcome::count).sum();
    }

    static List<OutcomeView> outcomes(List<Outcome> outcomes) {
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
}
