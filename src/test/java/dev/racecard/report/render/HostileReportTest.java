package dev.racecard.report.render;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.ExperimentRef;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.SeedRef;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.ReportJob;
import dev.racecard.report.document.RacecardDocument;
import dev.racecard.report.gate.Gate;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.RacePolicy;
import dev.racecard.evidence.ConfigurationRun;
import dev.racecard.evidence.Counterexample;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every string that comes from results is hostile; none of it may become markup. */
public class HostileReportTest {

    public static final String HOSTILE = "<script>alert('x')</script> \"quoted\" 'single' </style><img src=x onerror=alert(1)> "
            + "<a href=\"javascript:alert(2)\">link</a> & \u0000\u0007\u001b[31m";

    public static GateVerdict hostileVerdict() {
        Catalog catalog = new Catalog(List.of(new Pattern("p" + HOSTILE, "Title " + HOSTILE, "Claim " + HOSTILE,
                List.of(new SeedRef("seed" + HOSTILE, 1, 2, "seed title " + HOSTILE, "excerpt " + HOSTILE)),
                List.of(new Variant("v" + HOSTILE, VariantKind.CORRECT, "impl" + HOSTILE, "summary " + HOSTILE,
                        List.of(new ExperimentRef(Tool.JCSTRESS, "test" + HOSTILE)))))));
        List<Outcome> outcomes = List.of(new Outcome("id" + HOSTILE, "desc " + HOSTILE, 3, Expectation.FORBIDDEN),
                new Outcome("ok", "fine", 7, Expectation.ACCEPTABLE));
        Experiment owned = new Experiment(null, null, Tool.JCSTRESS, "test" + HOSTILE, RunStatus.ERROR, outcomes,
                new Counterexample("summary " + HOSTILE, "trace " + HOSTILE), List.of("message " + HOSTILE),
                Map.of("jdk", "17" + HOSTILE, "os", HOSTILE), Map.of("key " + HOSTILE, "value " + HOSTILE),
                List.of(new ConfigurationRun("config " + HOSTILE, List.of("-Dflag=" + HOSTILE), "split: " + HOSTILE, outcomes)), 5);
        Experiment unowned = new Experiment(null, null, Tool.JCSTRESS, "other" + HOSTILE, RunStatus.OK, outcomes,
                null, List.of(HOSTILE), Map.of(), Map.of(), List.of(), -1);
        Experiment quiet = new Experiment(null, null, Tool.JCSTRESS, "quiet" + HOSTILE, RunStatus.OK,
                List.of(new Outcome("ok" + HOSTILE, "fine " + HOSTILE, 5, Expectation.ACCEPTABLE)),
                null, List.of(), Map.of(), Map.of(), List.of(), -1);
        // bind the first by catalog mapping, as the real pipeline does
        List<Experiment> bound = List.of(owned.boundTo("p" + HOSTILE, "v" + HOSTILE, null), unowned, quiet);
        return Gate.evaluate(catalog, bound, RacePolicy.DETERMINISTIC);
    }

    private static Document render() {
        byte[] html = ReportJob.render(hostileVerdict(), Instant.parse("2026-01-01T00:00:00Z")).get("index.html");
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    @Test
    void noHostileMarkupSurvives() {
        Document doc = render();
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("a[href^=javascript]")).isEmpty();
        assertThat(doc.select("style")).hasSize(1);
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on"));
        }
    }

    @Test
    void hostileTextIsShownAsText() {
        Document doc = render();
        String shown = HOSTILE.replaceAll("[\\u0000\\u0007\\u001b]", "\uFFFD");
        assertThat(doc.select("#verdict .findings li").text()).contains("desc " + shown.strip());
        assertThat(doc.select(".counterexample pre").text()).isEqualTo("trace " + shown);
        assertThat(doc.select("h2").eachText()).contains("Title " + shown.strip());
        assertThat(doc.body().html()).doesNotContain("\u0000").doesNotContain("\u001b");
        assertThat(doc.select("#test-table td:first-child").eachText()).contains("quiet" + shown.strip());
        assertThat(doc.select("table.configurations td:first-child").text()).isEqualTo("-Dflag=" + shown.strip());
        // the one configuration's compilation is stated above its table, as every configuration's
        assertThat(doc.select(".jvm-configurations p").text()).contains("compilation split: " + shown.strip());
    }

    @Test
    void pageLoadsNothingFromElsewhere() {
        Document doc = render();
        Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertThat(csp).isNotNull();
        assertThat(csp.attr("content")).startsWith("default-src 'none'; style-src 'sha256-");
        assertThat(doc.select("[src]")).isEmpty();
        assertThat(doc.select("link")).isEmpty();
        assertThat(doc.select("a[href]").eachAttr("href")).allSatisfy(href -> assertThat(href).startsWith("#"));
    }

    @Test
    void summaryMarkdownIsInert() {
        String md = new String(ReportJob.render(hostileVerdict(), Instant.EPOCH).get("summary.md"), StandardCharsets.UTF_8);
        assertThat(md).doesNotContain("<script").doesNotContain("<img").doesNotContain("\u0000").doesNotContain("](");
        assertThat(md).contains("&lt;script&gt;");
    }

    @Test
    void jsonKeepsTheExactStrings() throws Exception {
        byte[] json = ReportJob.render(hostileVerdict(), Instant.EPOCH).get("racecard.json");
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.at("/otherTests/0/testId").asText()).isEqualTo("other" + HOSTILE);
        assertThat(tree.at("/schemaVersion").asInt()).isEqualTo(RacecardDocument.SCHEMA_VERSION);
    }
}
