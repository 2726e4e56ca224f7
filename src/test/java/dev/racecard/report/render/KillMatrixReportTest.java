package dev.racecard.report.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.report.MutantFixtures;
import dev.racecard.report.ReportJob;
import dev.racecard.report.gate.Gate;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.RacePolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The positive controls as a reader finds them: the kill matrix, the variant's card, the JSON and the summary. */
class KillMatrixReportTest {

    private static final GateVerdict VERDICT = Gate.evaluate(MutantFixtures.catalog(), MutantFixtures.gateRun(3),
            RacePolicy.DETERMINISTIC, MutantSelection.GATE);
    private static final Map<String, byte[]> FILES = ReportJob.render(VERDICT, Instant.parse("2026-11-23T00:00:00Z"));

    private static String file(String name) {
        return new String(FILES.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void theKillMatrixHasOneRowPerMutantAndOneCellPerTool() {
        Document page = Jsoup.parse(file("index.html"));
        assertThat(page.select("#kill-matrix thead th").eachText())
                .containsExactly("variant", "mutant: the mistake", "verdict", "jcstress", "lincheck", "junit");
        Element freshLock = page.select("#kill-matrix tbody tr").get(0);
        assertThat(freshLock.select("td").eachText()).startsWith("counter/synchronized",
                "fresh-lock: synchronizes on a new object", "killed");
        assertThat(freshLock.select("td").get(3).text()).startsWith("killed in ");
        assertThat(page.select("#kill-matrix tbody tr").eachText()).anySatisfy(row -> assertThat(row)
                .contains("unsynchronized-get").contains("blind spot: a stale read needs a weakly ordered CPU"))
                .anySatisfy(row -> assertThat(row).contains("nightly").contains("not run"));
        assertThat(page.select("#summary .totals").text())
                .contains("1 of 3 mutants killed (33.33%), 1 declared blind spot, 1 not run in this budget");
    }

    @Test
    void theCorrectVariantsCardSaysWhichMistakesItWouldCatchAndWhatKilledThem() {
        Document page = Jsoup.parse(file("index.html"));
        Element card = page.getElementById(ReportViews.anchor("counter/synchronized"));
        assertThat(card.select(".controls li").eachText()).hasSize(4).first().asString()
                .contains("killed fresh-lock: synchronizes on a new object x.FreshLockCounter")
                .contains("counter/synchronized~fresh-lock [jcstress x.CounterStress.Synchronized]: forbidden outcome");
        assertThat(page.getElementById(ReportViews.anchor("counter/plain")).select(".controls")).isEmpty();
    }

    @Test
    void racecardJsonAndTheSummaryCarryTheMutants() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(FILES.get("racecard.json"));
        assertThat(doc.at("/environments/0/mutants").asText()).isEqualTo("gate");
        JsonNode freshLock = doc.at("/patterns/0/variants/1/mutants/0");
        assertThat(freshLock.at("/id").asText()).isEqualTo("fresh-lock");
        assertThat(freshLock.at("/runs/0/status").asText()).isEqualTo("KILLED");
        assertThat(freshLock.at("/runs/0/kills/0/outcome").asText()).isEqualTo("KILLED");
        assertThat(freshLock.at("/runs/0/violations/0/kind").asText()).isEqualTo("FORBIDDEN_OUTCOME");
        assertThat(freshLock.at("/runs/0/experiments/0/mutant").asText()).isEqualTo("fresh-lock");
        assertThat(file("summary.md")).contains("## Positive controls: 1 of 3 mutants killed")
                .contains("| counter/synchronized | fresh-lock | killed |");
    }

    @Test
    void junitXmlHasOneCasePerMutantRunNamedByWhatTheVariantCatches() {
        Document xml = Jsoup.parse(file("junit.xml"), "", org.jsoup.parser.Parser.xmlParser());
        Element killed = xml.selectFirst("testcase[name^=synchronized catches fresh-lock]");
        assertThat(killed.select("failure, skipped")).isEmpty();
        assertThat(killed.selectFirst("system-out").text()).contains("counter/synchronized~fresh-lock [jcstress");
        assertThat(xml.selectFirst("testcase[name^=synchronized catches sampled-only]").select("skipped")).hasSize(1);
        assertThat(xml.selectFirst("testcase[name^=synchronized catches unsynchronized-get]").selectFirst("skipped")
                .attr("message")).contains("blind spot");
        assertThat(xml.select("testcase[name^=synchronized catches nightly]")).isEmpty();
    }
}
