package dev.racecard.report.merge;

import dev.racecard.report.ReportJob;
import dev.racecard.report.document.Documents;
import dev.racecard.report.document.RacecardDocument;
import dev.racecard.report.render.HostileReportTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The merged report under the same hostile strings as the single-run one, labels included. */
class HostileMergedReportTest {

    @Test
    void hostileStringsAreEscapedEverywhere() throws Exception {
        String hostile = HostileReportTest.HOSTILE;
        RacecardDocument doc = Documents.of(HostileReportTest.hostileVerdict(), Instant.EPOCH);
        Map<String, byte[]> files = ReportJob.render(Merge.of(List.of(
                relabel(doc, "label " + hostile), relabel(doc, "other " + hostile)), Instant.EPOCH));

        Document html = Jsoup.parse(new String(files.get("index.html"), StandardCharsets.UTF_8));
        assertThat(html.select("script, img, a[href^=javascript]")).isEmpty();
        assertThat(html.select("style")).hasSize(1);
        for (Element e : html.getAllElements()) {
            e.attributes().forEach(a -> assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on"));
        }
        String shown = hostile.replaceAll("[\\u0000\\u0007\\u001b]", "\uFFFD");
        assertThat(html.select("#environments tbody td b").eachText()).contains(("label " + shown).strip());
        assertThat(html.select(".counterexample pre").first().text()).isEqualTo("trace " + shown);
        assertThat(html.body().html()).doesNotContain("\u0000").doesNotContain("\u001b");

        String md = new String(files.get("summary.md"), StandardCharsets.UTF_8);
        assertThat(md).doesNotContain("<script").doesNotContain("\u0000").contains("&lt;script&gt;");

        org.w3c.dom.Document xml = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(files.get("junit.xml")));
        assertThat(xml.getElementsByTagName("failure").item(0).getTextContent())
                .contains("[label " + hostile.replaceAll("[\\u0000\\u0007\\u001b]", "") + "]");
    }

    /** A copy of the document whose one environment is called {@code label}. */
    private static RacecardDocument relabel(RacecardDocument doc, String label) {
        return Relabel.of(doc, Map.of(doc.environments().get(0).label(), label), "file " + label);
    }
}
