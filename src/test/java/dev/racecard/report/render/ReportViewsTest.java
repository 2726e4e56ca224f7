package dev.racecard.report.render;

import dev.racecard.catalog.Tool;
import dev.racecard.report.ReportJob;
import dev.racecard.report.gate.Gate;
import dev.racecard.report.gate.RacePolicy;
import dev.racecard.evidence.ConfigurationRun;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.report.stats.Formats;
import dev.racecard.evidence.Outcome;
import dev.racecard.evidence.RunStatus;
import dev.racecard.report.render.view.CodeLine;
import dev.racecard.report.render.view.ExperimentView;
import dev.racecard.report.render.view.OutcomeView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportViewsTest {

    static final String SOURCE = """
            package x;

            import java.util.List;

            /** RACY: count++ loses updates. */
            final class C {
                private long count;
                // count++ is three steps
                void increment() {
                    count++;
                }
            }
            """;

    @Test
    void codeDropsThePreambleKeepsLineNumbersAndMarksOnlyCodeLines() {
        List<CodeLine> lines = VariantViews.codeLines(SOURCE, List.of("count++"));
        assertThat(lines.get(0)).isEqualTo(new CodeLine(5, "/** RACY: count++ loses updates. */", false));
        assertThat(lines).filteredOn(CodeLine::critical).containsExactly(new CodeLine(10, "        count++;", true));
        assertThat(lines.get(lines.size() - 1).text()).isEqualTo("}");
    }

    @Test
    void sharesAreFormattedAndRareOutcomesStayVisible() {
        assertThat(Formats.percent(0.001)).isEqualTo("0.0010%");
        assertThat(Formats.percent(12.345)).isEqualTo("12.35%");
        var views = ExperimentViews.outcomes(List.of(
                new dev.racecard.evidence.Outcome("a", "", 1, dev.racecard.evidence.Expectation.INTERESTING),
                new dev.racecard.evidence.Outcome("b", "", 999_999, dev.racecard.evidence.Expectation.ACCEPTABLE)));
        assertThat(views.get(0).barWidth()).isEqualTo("hairline");
        assertThat(views.get(1).share()).isEqualTo("100.00%");
        assertThat(views.get(1).barWidth()).isEqualTo("w100");
    }

    @Test
    void lincheckDetailTraceIsSplitOff() {
        String[] parts = Formats.splitTrace("= Invalid =\n| table |\n\nDetailed trace:\n| long |");
        assertThat(parts[0]).isEqualTo("= Invalid =\n| table |");
        assertThat(parts[1]).isEqualTo("Detailed trace:\n| long |");
        assertThat(Formats.splitTrace("short")[1]).isNull();
    }

    @Test
    void probabilitiesReadInTwoDigitsAndBoundsFollowTheRuleOfThree() {
        assertThat(Formats.probability(0.25)).isEqualTo("25 %");
        assertThat(Formats.probability(0.0299)).isEqualTo("3.0 %");
        assertThat(Formats.probability(1.706e-7)).isEqualTo("1.7·10⁻⁷");
        assertThat(Formats.probability(9.96e-5)).isEqualTo("1.0·10⁻⁴");
        // a narrow interval gets the digits it needs to show it is an interval
        assertThat(Formats.interval(0.3152, 0.3155)).isEqualTo("31.5 %–31.6 %");
        assertThat(Formats.interval(0.2242, 0.2776)).isEqualTo("22 %–28 %");
        assertThat(Formats.interval(3.41e-4, 3.52e-4)).isEqualTo("3.4·10⁻⁴–3.5·10⁻⁴");
        assertThat(Confidence.bound(17_557_542, dev.racecard.report.stats.Proportions.upperBoundOfZero(17_557_542)))
                .isEqualTo("0 of 17,557,542 forbidden — at most 1.7·10⁻⁷ per sample, 95 %");
    }

    @Test
    void trialsStoppedAtTheRaceSayTheRaceWasSeenAndGiveNoRate() {
        Experiment full = dev.racecard.report.Evidence.run("counter", "plain", Tool.JUNIT, "Seed#plain",
                Expectation.INTERESTING, 5, 20);
        Experiment stopped = dev.racecard.report.Evidence.stoppedAtRace(dev.racecard.report.Evidence.run("counter",
                "plain", Tool.JUNIT, "Seed#plain", Expectation.INTERESTING, 1, 3));

        assertThat(Confidence.of(full, dev.racecard.catalog.VariantKind.RACY)).startsWith("race in 5 of 20 samples: 25 % (95 % interval");
        assertThat(Confidence.of(stopped, dev.racecard.catalog.VariantKind.RACY))
                .isEqualTo("race seen in 1 of 3 trials; they stopped once it was seen, so this is no rate");
        var verdict = Gate.evaluate(dev.racecard.report.TestCatalogs.counter(), List.of(stopped), RacePolicy.WARN)
                .variants().get(0).tools().stream().filter(t -> t.tool() == Tool.JUNIT).findFirst().orElseThrow();
        assertThat(Cells.text(verdict)).isEqualTo("race 1 of 3, stopped when seen");
        assertThat(Confidence.of(verdict)).isEqualTo("race seen in 1 of 3 trials; they stopped once it was seen, so this is no rate");
    }

    static final List<ConfigurationRun> RUNS = List.of(
            new ConfigurationRun("fork #1 ...", List.of("-Xmx256m", "-XX:+UseBiasedLocking", "-Xint"), "unified: interpreter only",
                    List.of(new Outcome("1, -1", "stale", 0, Expectation.INTERESTING), new Outcome("1, 9", "fine", 500, Expectation.ACCEPTABLE))),
            new ConfigurationRun("fork #1 ...", List.of("-Xmx256m", "-XX:-UseBiasedLocking", "-XX:-TieredCompilation", "-XX:+StressGCM"),
                    "unified: C2 only",
                    List.of(new Outcome("1, -1", "stale", 3, Expectation.INTERESTING), new Outcome("1, 9", "fine", 1_000, Expectation.ACCEPTABLE))));

    static Experiment staleRead() {
        return new Experiment(null, null, Tool.JCSTRESS, "x.PlainFlagStaleRead", RunStatus.OK,
                List.of(new Outcome("1, -1", "stale", 3, Expectation.INTERESTING), new Outcome("1, 9", "fine", 1_500, Expectation.ACCEPTABLE)),
                null, List.of(), Map.of(), Map.of(), RUNS, -1);
    }

    @Test
    void eachJvmConfigurationShowsItsOwnFlagsItsCompilationAndItsCountOfEachSeenOutcome() {
        ExperimentView view = ExperimentViews.of(staleRead(), null);
        assertThat(view.commonFlags()).isEqualTo("-Xmx256m");
        assertThat(view.configurations()).extracting(ExperimentView.ConfigurationView::flags)
                .containsExactly("-XX:+UseBiasedLocking -Xint", "-XX:-UseBiasedLocking -XX:-TieredCompilation -XX:+StressGCM");
        assertThat(view.configurations()).extracting(ExperimentView.ConfigurationView::compilation)
                .containsExactly("unified: interpreter only", "unified: C2 only");
        assertThat(view.seenOutcomes()).extracting(OutcomeView::id).containsExactly("1, -1", "1, 9");
        assertThat(view.configurations()).extracting(ExperimentView.ConfigurationView::counts).containsExactly(
                List.of(new ExperimentView.Count("0", ""), new ExperimentView.Count("500", "")),
                List.of(new ExperimentView.Count("3", "race"), new ExperimentView.Count("1,000", "")));
        assertThat(view.configurations()).extracting(ExperimentView.ConfigurationView::samples).containsExactly("500", "1,003");
    }

    @Test
    void aSingleConfigurationHasNoCommonFlagsButItsOwn() {
        assertThat(ExperimentViews.commonFlags(RUNS.subList(0, 1))).isEmpty();
        assertThat(ExperimentViews.configuration(RUNS.get(0), List.of(), List.of()).flags()).isEqualTo("-Xmx256m -XX:+UseBiasedLocking -Xint");
    }

    @Test
    void theConfigurationListIsOnTheCardNotFolded() {
        var verdict = Gate.evaluate(new dev.racecard.catalog.Catalog(List.of()), List.of(staleRead()), RacePolicy.WARN);
        byte[] html = ReportJob.render(verdict, Instant.EPOCH).get("index.html");
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        Element table = doc.selectFirst("table.configurations");
        assertThat(table).isNotNull();
        assertThat(table.parents()).noneMatch(e -> e.tagName().equals("details"));
        assertThat(table.select("tbody tr")).hasSize(2);
        assertThat(doc.select(".jvm-configurations p").text()).contains("Ran under 2 JVM configurations, all with -Xmx256m");
    }
}
