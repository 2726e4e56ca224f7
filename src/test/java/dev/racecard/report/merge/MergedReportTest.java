package dev.racecard.report.merge;

import dev.racecard.catalog.Tool;
import dev.racecard.report.Evidence;
import dev.racecard.report.ReportJob;
import dev.racecard.report.document.RacecardDocument;
import dev.racecard.evidence.Expectation;
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

/** A merged document through the same renderers as a single run: the page through jsoup, junit.xml through DOM. */
class MergedReportTest {

    private static final Map<String, byte[]> FILES =
            ReportJob.render(MergeFixtures.merge(sampledRun(JDK17, 250, 0), sampledRun(JDK25, 0, 3)));

    private static Document page(Map<String, byte[]> files) {
        return Jsoup.parse(new String(files.get("index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void matrixCellsNameEachEnvironmentAndTheRowSaysWhereTheRaceShowed() {
        Document doc = page(FILES);
        assertThat(doc.select("#gate-verdict").text()).isEqualTo("Gate failed");
        assertThat(doc.select("h1").text()).isEqualTo("Racecard report, 2 environments");
        assertThat(doc.select("#matrix thead th").eachText()).containsExactly("variant", "kind", "verdict", "jcstress", "junit");
        assertThat(doc.select("#matrix tr.group").eachText()).containsExactly("Shared counter");
        Element plain = doc.select("#matrix tbody tr:not(.group)").get(0);
        assertThat(plain.select("td").get(2).text()).isEqualTo("race demonstrated race seen in 1 of 2 runs");
        assertThat(plain.select("td").get(3).select(".line").eachText()).containsExactly(
                JDK17_LABEL + ": race 250 of 1,000 (22 %–28 %)", JDK25_LABEL + ": not reproduced in 1,000");
        Element sync = doc.select("#matrix tbody tr:not(.group)").get(1);
        assertThat(sync.select("td").get(3).select(".line").eachText()).containsExactly(
                JDK17_LABEL + ": 0 of 1,000 forbidden, ≤ 0.30 %", JDK25_LABEL + ": forbidden 3 of 1,000");
        assertThat(doc.select("#verdict .findings li").eachText()).singleElement().asString().startsWith("[" + JDK25_LABEL
                + "] counter/synchronized [jcstress " + SYNC_STRESS + "]: forbidden outcome 'lost' (an update was lost) observed 3 of 1,000 times");
    }

    @Test
    void cardsShowEachEnvironmentsRun() {
        Element sync = page(FILES).getElementById("v-counter-synchronized");
        assertThat(sync.select(".run-env").eachText()).containsExactly(JDK17_LABEL + " never forbidden",
                JDK25_LABEL + " failed");
        assertThat(sync.select(".experiment h4").eachText()).contains("jcstress · " + SYNC_STRESS);
        assertThat(sync.select(".confidence").eachText()).contains(
                "0 of 1,000 forbidden — at most 0.30 % per sample, 95 %");
    }

    @Test
    void environmentsListTheirMachinesOnce() {
        // jcstress reports no CPU count, the other tools do: one machine, one line, with its CPUs
        Map<String, String> withoutCpus = new HashMap<>(JDK25);
        withoutCpus.remove("cpus");
        RacecardDocument doc = MergeFixtures.run(new dev.racecard.catalog.Catalog(List.of()), JDK25, List.of(
                MergeFixtures.on(Evidence.run(null, null, Tool.JCSTRESS, "a.Test", Expectation.INTERESTING, 1, 10), withoutCpus),
                MergeFixtures.on(Evidence.run(null, null, Tool.JCSTRESS, "b.Test", Expectation.INTERESTING, 1, 10), JDK25),
                MergeFixtures.on(Evidence.run(null, null, Tool.JUNIT, "c.Test", Expectation.INTERESTING, 1, 10), JDK25)));
        Document page = page(ReportJob.render(doc));
        assertThat(page.select("#environments tbody tr")).hasSize(1);
        assertThat(page.select("#environments tbody td").get(1).text())
                .isEqualTo("JDK 25 (Eclipse Adoptium), Linux amd64, 2 CPUs");
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
        String jdk17 = SummaryMarkdown.cell(JDK17_LABEL);
        assertThat(md).startsWith("# Racecard report, 2 environments: gate failed")
                .contains("| plain | racy | race demonstrated (race seen in 1 of 2 runs) | " + jdk17
                        + ": race 250 of 1,000 \\(22 %–28 %\\); ");

        org.w3c.dom.Document xml = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(FILES.get("junit.xml")));
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("2");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        NodeList failures = xml.getElementsByTagName("failure");
        assertThat(((org.w3c.dom.Element) failures.item(0).getParentNode()).getAttribute("name"))
                .isEqualTo("synchronized is correct: never forbidden");
        assertThat(failures.item(0).getTextContent()).contains("[" + JDK25_LABEL + "] counter/synchronized");
    }

    @Test
    void mergedJsonIsADocumentLikeAnyOther() throws Exception {
        var tree = dev.racecard.report.document.Json.MAPPER.readTree(FILES.get("racecard.json"));
        assertThat(tree.at("/schemaVersion").asInt()).isEqualTo(2);
        assertThat(tree.at("/environments/1/label").asText()).isEqualTo(JDK25_LABEL);
        assertThat(tree.at("/environments/1/policy").asText()).isEqualTo("deterministic");
        assertThat(tree.at("/patterns/0/variants/0/runs/1/status").asText()).isEqualTo("FAILED");
        assertThat(tree.at("/gate/findings/0/kind").asText()).isNotEmpty();
    }
}
