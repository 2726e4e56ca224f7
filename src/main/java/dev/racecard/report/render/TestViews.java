package dev.racecard.report.render;

import dev.racecard.report.document.RacecardDocument.TestEntry;
import dev.racecard.report.document.RacecardDocument.TestRun;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.FindingSubject;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.report.stats.Formats;
import dev.racecard.evidence.Outcome;
import dev.racecard.evidence.RunStatus;
import dev.racecard.report.render.view.ReportView.TestCard;
import dev.racecard.report.render.view.ReportView.TestRow;
import dev.racecard.report.render.view.ExperimentView;
import dev.racecard.report.render.view.RunView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tests no catalog variant claims (another project's jcstress tests): every one gets a row with
 * its verdict; those that failed or showed something interesting also get a card, the rest stay
 * a row (like jcstress's "all remaining tests"), which keeps a report over thousands small.
 */
final class TestViews {

    private TestViews() {
    }

    static List<TestRow> rows(List<TestEntry> tests, List<Finding> all) {
        Map<FindingSubject, List<Finding>> findings = bySubject(all);
        List<TestRow> rows = new ArrayList<>(tests.size());
        for (TestEntry t : tests) {
            boolean failed = failed(t, findings);
            boolean notable = notable(t, failed);
            String verdict = failed ? "failed" : interesting(t) ? "interesting" : "passed";
            // a class only where the row is coloured: passed rows are most of thousands
            rows.add(new TestRow(t.tool().id(), t.testId(), verdict, verdict.equals("passed") ? null : "v-" + verdict,
                    Formats.count(t.runs().stream().mapToLong(r -> r.experiment().totalCount()).sum()),
                    seen(t.runs()), notable ? anchor(t) : null));
        }
        return rows;
    }

    /**
     * The cards, and the settings most of their experiments share, which the page states once
     * above them (each card whose settings differ lists its own), or an empty map.
     */
    record Cards(List<TestCard> cards, Map<String, String> commonSettings, String commonSettingsNote) {
    }

    static Cards cards(List<TestEntry> tests, List<Finding> all, boolean multi) {
        Map<FindingSubject, List<Finding>> findings = bySubject(all);
        List<TestEntry> notable = tests.stream().filter(t -> notable(t, failed(t, findings))).toList();
        List<Experiment> experiments = notable.stream().flatMap(t -> t.runs().stream()).map(TestRun::experiment).toList();
        Map<Map<String, String>, Long> bySettings = experiments.stream()
                .collect(Collectors.groupingBy(ExperimentViews::settings, LinkedHashMap::new, Collectors.counting()));
        Map.Entry<Map<String, String>, Long> modal = bySettings.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElse(null);
        // stated once only where that saves repeating it: shared by two or more experiments
        Map<String, String> common = modal == null || modal.getValue() < 2 ? Map.of() : modal.getKey();
        List<TestCard> cards = new ArrayList<>(notable.size());
        for (TestEntry t : notable) {
            List<RunView> runs = t.runs().stream().map(r -> new RunView(multi ? r.environment() : null, "", "",
                    List.of(experiment(r.experiment(), common)))).toList();
            cards.add(new TestCard(anchor(t), t.tool().id(), t.testId(), VariantViews.findings(own(t, findings)), runs));
        }
        String note = common.isEmpty() ? null : Formats.count(modal.getValue()) + " of the " + Formats.count(experiments.size())
                + " experiments on the cards below ran with these settings; the others list their own:";
        return new Cards(cards, common, note);
    }

    private static ExperimentView experiment(Experiment e, Map<String, String> common) {
        Map<String, String> own = ExperimentViews.settings(e);
        ExperimentView view = ExperimentViews.of(e, null, false, common.isEmpty() || !common.equals(own));
        if (!common.isEmpty() && own.isEmpty()) {
            // not to be read as "ran with the settings above"
            return ExperimentViews.withSettings(view, Map.of("settings", "none recorded"));
        }
        return view;
    }

    private static boolean notable(TestEntry t, boolean failed) {
        return failed || interesting(t) || t.runs().stream().map(TestRun::experiment)
                .anyMatch(e -> e.status() != RunStatus.OK || e.totalCount() == 0);
    }

    private static boolean interesting(TestEntry t) {
        return t.runs().stream().anyMatch(r -> r.experiment().demonstratesRace());
    }

    /** Findings by subject, looked up per test: a scan of all of them per test is quadratic over thousands. */
    static Map<FindingSubject, List<Finding>> bySubject(List<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(Finding::subject));
    }

    private static boolean failed(TestEntry t, Map<FindingSubject, List<Finding>> findings) {
        return own(t, findings).stream().anyMatch(Finding::failure)
                || t.runs().stream().anyMatch(r -> r.experiment().observed(Expectation.FORBIDDEN) > 0);
    }

    static List<Finding> own(TestEntry t, Map<FindingSubject, List<Finding>> findings) {
        return findings.getOrDefault(FindingSubject.test(t.testId()), List.of()).stream()
                .filter(f -> f.tool() == t.tool()).toList();
    }

    private static String seen(List<TestRun> runs) {
        return runs.stream().map(TestRun::experiment).flatMap(e -> e.outcomes().stream()).filter(Outcome::observed)
                .collect(Collectors.groupingBy(Outcome::id, java.util.LinkedHashMap::new,
                        Collectors.summingLong(Outcome::count)))
                .entrySet().stream().map(o -> o.getKey() + " × " + Formats.count(o.getValue()))
                .collect(Collectors.joining("; ")); // outcome ids such as "1, 0" hold commas
    }

    private static String anchor(TestEntry t) {
        return ReportViews.anchor("t-" + t.tool().id() + "-" + t.testId());
    }
}
