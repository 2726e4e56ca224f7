package dev.racecard.report.merge;

import dev.racecard.catalog.Tool;
import dev.racecard.report.Evidence;
import dev.racecard.report.model.Expectation;
import dev.racecard.report.render.RacecardDocument;
import dev.racecard.report.render.SummaryMarkdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.racecard.report.TestCatalogs.SYNC_STRESS;
import static dev.racecard.report.merge.MergeFixtures.JDK17;
import static dev.racecard.report.merge.MergeFixtures.JDK17_LABEL;
import static dev.racecard.report.merge.MergeFixtures.JDK25;
import static dev.racecard.report.merge.MergeFixtures.JDK25_LABEL;
import static dev.racecard.report.merge.MergeFixtures.sampledRun;
import static org.assertj.core.api.Assertions.assertThat;

/** The merged outputs as their readers see them: the page through jsoup, junit.xml through DOM. */
class MergedReportTest {

    private static final Map<String, byte[]> FILES =
            MergeJob.render(MergeFixtures.merge(sampledRun(JDK17, 250, 0), sampledRun(JDK25, 0, 3)));

    private static Document page(Map<String, byte[]> files) {
        return Jsoup.parse(new String(files.get("index.html"), StandardCharsets.UTF_8));
    }

    private static List<String> cells(Element row) {
        return row.select("td").eachText();
    }

    @Test
    void matrixHasAColumnPerEnvironmentAndTheCombinedVerdict() {
        Document doc = page(FILES);
        assertThat(doc.select("#gate-verdict").text()).isEqualTo("Gate failed");
        assertThat(doc.select("#matrix thead th").eachText()).containsExactly("pattern", "variant", "kind",
                JDK17_LABEL, JDK25_LABEL, "combined", "race demonstrated in");
        List<Element> rows = doc.select("#matrix tbody tr");
        assertThat(cells(rows.get(0))).containsExactly("Shared counter", "plain", "racy", "race demonstrated", "failed",
                "race demonstrated", JDK17_LABEL);
        assertThat(cells(rows.get(1))).containsExactly("Shared counter", "synchronized", "correct", "never forbidden",
                "failed", "failed", "(correct)");
        assertThat(doc.select("#verdict .findings li").eachText()).containsExactly("[" + JDK25_LABEL
                + "] counter/synchronized [jcstress " + SYNC_STRESS + "]: forbidden outcome 'lost' (an update was lost) observed 3 of 1,000 times");
    }

    @Test
    void cardsSayWhereTheRaceShowedAndCountOutcomesPerEnvironment() {
        Document doc = page(FILES);
        Element plain = doc.getElementById("v-counter-plain");
        assertThat(plain.select(".demonstrated").text()).isEqualTo("Race demonstrated in: " + JDK17_LABEL);
        assertThat(plain.select(".per-environment li").eachText()).containsExactly(
                JDK17_LABEL + ": race demonstrated", JDK25_LABEL + ": failed");

        Element sync = doc.getElementById("v-counter-synchronized");
        Element jcstress = sync.select(".experiment").first();
        assertThat(jcstress.select("h4").text()).isEqualTo("jcstress · " + SYNC_STRESS);
        Element lost = jcstress.select("table.by-environment tbody tr").get(1);
        assertThat(cells(lost)).containsExactly("lost", "forbidden", "0 (0.00%)", "3 (0.30%)", "an update was lost");
        assertThat(lost.select("rect.forbidden").eachAttr("width")).containsExactly("0.00", "0.50");
        assertThat(jcstress.select("tfoot td").eachText()).startsWith("1,000 samples · 10 ms", "1,000 samples · 10 ms");
    }

    @Test
    void aRaceShownEverywhereSaysSoBriefly() {
        Document doc = page(MergeJob.render(MergeFixtures.merge(sampledRun(JDK17, 250, 0), sampledRun(JDK25, 9, 0))));
        assertThat(cells(doc.select("#matrix tbody tr").first())).last().isEqualTo("all 2 environments");
    }

    @Test
    void environmentsListTheirMachinesOnce() {
        // jcstress reports no CPU count, the other tools do: one machine, one line, with its CPUs
        Map<String, String> withoutCpus = new HashMap<>(JDK25);
        withoutCpus.remove("cpus");
        RacecardDocument doc = MergeFixtures.run(MergeFixtures.sampled(), JDK25, List.of());
        doc = new RacecardDocument(1, doc.generatedAt(), doc.gate(), doc.patterns(), List.of(
                MergeFixtures.on(Evidence.run(null, null, Tool.JCSTRESS, "a.Test", Expectation.INTERESTING, 1, 10), withoutCpus),
                MergeFixtures.on(Evidence.run(null, null, Tool.JUNIT, "b.Test", Expectation.INTERESTING, 1, 10), JDK25)));
        Document page = page(MergeJob.render(MergeFixtures.merge(doc)));
        assertThat(page.select("#environment-table tbody tr td:last-child").eachText())
                .containsExactly("JDK 25 (Eclipse Adoptium), Linux amd64, 2 CPUs");
    }

    @Test
    void pageLoadsNothingAndStylesByHash() {
        Document doc = page(FILES);
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'; style-src 'sha256-");
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("script, link, [src], [style]")).isEmpty();
    }

    @Test
    void summaryAndJunitCarryTheCombinedVerdict() throws Exception {
        String md = new String(FILES.get("summary.md"), StandardCharsets.UTF_8);
        // labels are made inert as every Markdown value is: (Debian) becomes \(Debian\)
        String jdk17 = SummaryMarkdown.cell(JDK17_LABEL);
        assertThat(jdk17).isEqualTo("JDK 17.0.15 \\(Debian\\), Linux amd64");
        assertThat(md).startsWith("# Racecard merged: gate failed")
                .contains("| pattern | variant | kind | " + jdk17 + " | " + SummaryMarkdown.cell(JDK25_LABEL) + " | combined | race demonstrated in |")
                .contains("| Shared counter | plain | racy | race demonstrated | failed | race demonstrated | " + jdk17 + " |");

        org.w3c.dom.Document xml = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(FILES.get("junit.xml")));
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("2");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        NodeList failures = xml.getElementsByTagName("failure");
        assertThat(((org.w3c.dom.Element) failures.item(0).getParentNode()).getAttribute("name"))
                .isEqualTo("synchronized is correct: never forbidden");
        assertThat(failures.item(0).getTextContent()).contains("[" + JDK17_LABEL + "] 0", "[" + JDK25_LABEL + "] 3");
    }

    @Test
    void mergedJsonIsMarkedAndRefusedAsInput() throws Exception {
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(FILES.get("racecard.json"));
        assertThat(tree.at("/kind").asText()).isEqualTo("merged");
        assertThat(tree.at("/schemaVersion").asInt()).isEqualTo(1);
        assertThat(tree.at("/patterns/0/variants/0/statusByEnvironment/" + JDK25_LABEL.replace("/", "~1")).asText())
                .isEqualTo("FAILED");
        assertThat(tree.at("/patterns/0/variants/0/demonstratedIn/0").asText()).isEqualTo(JDK17_LABEL);
    }
}
