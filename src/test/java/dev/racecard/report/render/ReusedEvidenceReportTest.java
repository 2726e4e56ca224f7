package dev.racecard.report.render;

import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Tool;
import dev.racecard.evidence.EvidenceFiles;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.ReusedEvidence;
import dev.racecard.report.Evidence;
import dev.racecard.report.ReportJob;
import dev.racecard.report.TestCatalogs;
import dev.racecard.report.document.Documents;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.RacePolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence restored from the history: marked on its card, counted in the verdict and summary.md. */
class ReusedEvidenceReportTest {

    @TempDir
    Path evidence;

    @Test
    void reusedEvidenceSaysFromWhichRunAndHowOldAndTheVerdictCountsIt() throws Exception {
        Instant now = Instant.now();
        EvidenceFiles.write(evidence, Evidence.run("counter", "plain", Tool.JUNIT, "Seed#plain", Expectation.INTERESTING,
                3, 20).withSettings(ReusedEvidence.settings("20261207-0900", now.minus(Duration.ofMinutes(26 * 60 + 5)))));
        EvidenceFiles.write(evidence, Evidence.lincheck("counter", "plain", true, Expectation.INTERESTING)
                .withSettings(ReusedEvidence.settings("20261208-0700", now.minus(Duration.ofMinutes(3 * 60 + 5)))));
        EvidenceFiles.write(evidence, Evidence.run("counter", "synchronized", Tool.JUNIT, "Seed#synchronized",
                Expectation.FORBIDDEN, 0, 20));

        GateVerdict verdict = ReportJob.evaluate(TestCatalogs.counter(), evidence, List.of(), null, RacePolicy.WARN,
                MutantSelection.parse("none"));
        Map<String, byte[]> files = ReportJob.render(Documents.of(verdict, now));

        String line = "2 of 3 experiments (mutants' included) reused from the history, the oldest 26 h old; "
                + "-Dracecard.history=off runs everything";
        Document html = Jsoup.parse(new String(files.get("index.html"), StandardCharsets.UTF_8));
        assertThat(html.select("#verdict #reuse").text()).isEqualTo(line);
        assertThat(html.select(".card .reused, .reused").eachText()).contains(
                "reused from run 20261207-0900, 26 h old", "reused from run 20261208-0700, 3 h old");
        assertThat(html.select("dl.settings dt").eachText()).as("shown once, in its own line")
                .doesNotContain("reused from run", "reused, recorded at", "reused, age");
        assertThat(new String(files.get("summary.md"), StandardCharsets.UTF_8))
                .contains(SummaryMarkdown.cell(line) + ".");
        assertThat(new String(files.get("racecard.json"), StandardCharsets.UTF_8))
                .contains("\"reused from run\" : \"20261208-0700\"", "\"reused, age\" : \"3 h\"");
    }

    @Test
    void aRunWithNothingReusedSaysNothingAboutTheHistory() throws Exception {
        EvidenceFiles.write(evidence, Evidence.run("counter", "plain", Tool.JUNIT, "Seed#plain", Expectation.INTERESTING,
                3, 20));
        GateVerdict verdict = ReportJob.evaluate(TestCatalogs.counter(), evidence, List.of(), null, RacePolicy.WARN,
                MutantSelection.parse("none"));
        Map<String, byte[]> files = ReportJob.render(Documents.of(verdict, Instant.now()));

        assertThat(new String(files.get("index.html"), StandardCharsets.UTF_8)).doesNotContain("history");
        assertThat(new String(files.get("summary.md"), StandardCharsets.UTF_8)).doesNotContain("history");
    }

    @Test
    void agesReadInMinutesHoursOrDays() {
        assertThat(ReusedEvidence.age(Duration.ofSeconds(20))).isEqualTo("under a minute");
        assertThat(ReusedEvidence.age(Duration.ofMinutes(59))).isEqualTo("59 min");
        assertThat(ReusedEvidence.age(Duration.ofHours(47))).isEqualTo("47 h");
        assertThat(ReusedEvidence.age(Duration.ofHours(49))).isEqualTo("2 d");
    }
}
