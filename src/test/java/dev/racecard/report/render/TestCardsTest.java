package dev.racecard.report.render;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Tool;
import dev.racecard.report.ReportJob;
import dev.racecard.report.gate.Gate;
import dev.racecard.report.gate.RacePolicy;
import dev.racecard.evidence.ConfigurationRun;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.Outcome;
import dev.racecard.evidence.RunStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The cards of tests no variant claims, kept small for thousands of them without losing a count. */
class TestCardsTest {

    static final Map<String, String> USUAL = new LinkedHashMap<>(Map.of("actors", "2"));

    static {
        USUAL.put("iterations", "2");
    }

    /** A stale read seen in one of two configurations; the other saw only acceptable outcomes. */
    static Experiment stale(String name, Map<String, String> settings, List<String> messages) {
        List<ConfigurationRun> runs = List.of(
                new ConfigurationRun("fork #1, C2", List.of("-Xmx256m", "-XX:-TieredCompilation"), "unified: C2 only",
                        List.of(new Outcome("1, -1", "stale", 7, Expectation.INTERESTING),
                                new Outcome("1, 9", "fine", 993, Expectation.ACCEPTABLE),
                                new Outcome("0, 0", "never", 0, Expectation.FORBIDDEN))),
                new ConfigurationRun("fork #1, interpreter", List.of("-Xmx256m", "-Xint"), "unified: interpreter only",
                        List.of(new Outcome("1, -1", "stale", 0, Expectation.INTERESTING),
                                new Outcome("1, 9", "fine", 500, Expectation.ACCEPTABLE),
                                new Outcome("0, 0", "never", 0, Expectation.FORBIDDEN))));
        return new Experiment(null, null, Tool.JCSTRESS, name, RunStatus.OK,
                List.of(new Outcome("1, -1", "stale", 7, Expectation.INTERESTING),
                        new Outcome("1, 9", "fine", 1_493, Expectation.ACCEPTABLE),
                        new Outcome("0, 0", "never", 0, Expectation.FORBIDDEN)),
                null, messages, Map.of(), settings, runs, -1);
    }

    static Document render(List<Experiment> experiments) {
        var verdict = Gate.evaluate(new Catalog(List.of()), experiments, RacePolicy.WARN);
        return Jsoup.parse(new String(ReportJob.render(verdict, Instant.EPOCH).get("index.html"), StandardCharsets.UTF_8));
    }

    static Element card(Document doc, String test) {
        return doc.select("article.card").stream().filter(c -> c.selectFirst("h3").text().equals(test)).findFirst()
                .orElseThrow();
    }

    @Test
    void everyOutcomeAndEveryConfigurationsCountIsOnTheCard() {
        Element card = card(render(List.of(stale("x.A", USUAL, List.of()))), "x.A");
        assertThat(card.select("table.outcomes tbody tr")).extracting(Element::text).containsExactly(
                "1, -1 interesting stale 7 0.47%", "1, 9 acceptable fine 1,493 99.53%", "0, 0 forbidden never 0 0.00%");
        // one column per outcome some configuration saw; the never-seen one is in the histogram above
        assertThat(card.select("table.configurations thead th")).extracting(Element::text)
                .containsExactly("JVM flags", "compilation", "samples", "1, -1", "1, 9");
        assertThat(card.select("table.configurations tbody tr")).extracting(Element::text).containsExactly(
                "-XX:-TieredCompilation unified: C2 only 1,000 7 993", "-Xint unified: interpreter only 500 0 500");
        assertThat(card.select("table.configurations td.race")).extracting(Element::text).containsExactly("7");
        // no empty <details>: neither messages nor a counterexample exist; the settings do
        assertThat(card.select("details").eachAttr("class")).containsExactly("settings");
    }

    @Test
    void settingsMostCardsShareAreStatedOnceAndTheOthersKeepTheirOwn() {
        Document doc = render(List.of(stale("x.A", USUAL, List.of()), stale("x.B", USUAL, List.of()),
                stale("x.C", Map.of("actors", "4"), List.of()), stale("x.D", Map.of(), List.of())));
        assertThat(doc.select("#card-settings p").text()).startsWith("2 of the 4 experiments on the cards below");
        assertThat(doc.select("#card-settings dl").text()).isEqualTo("actors 2 iterations 2");
        assertThat(card(doc, "x.A").select("details.settings")).isEmpty();
        assertThat(card(doc, "x.C").select("details.settings dl").text()).isEqualTo("actors 4");
        assertThat(card(doc, "x.D").select("details.settings dl").text()).isEqualTo("settings none recorded");
    }

    @Test
    void messagesKeepTheirLines() {
        Element card = card(render(List.of(stale("x.A", USUAL, List.of("first", "second")))), "x.A");
        assertThat(card.selectFirst("details.messages code").wholeText()).isEqualTo("first\nsecond");
    }
}
