package dev.racecard.report.render;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Tool;
import dev.racecard.report.Evidence;
import dev.racecard.report.ReportJob;
import dev.racecard.report.TestCatalogs;
import dev.racecard.report.gate.Gate;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.RacePolicy;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.racecard.report.TestCatalogs.PLAIN_STRESS;
import static dev.racecard.report.TestCatalogs.SYNC_STRESS;
import static org.assertj.core.api.Assertions.assertThat;

/** junit.xml is parsed back with the JDK's DOM parser, as a CI server would read it. */
class JunitXmlTest {

    private static List<Experiment> evidence(long plainRaces, long syncForbidden, boolean plainLincheck,
                                             boolean syncLincheck) {
        return new ArrayList<>(List.of(
                Evidence.run("counter", "plain", Tool.JCSTRESS, PLAIN_STRESS, Expectation.INTERESTING, plainRaces, 1000),
                Evidence.lincheck("counter", "plain", plainLincheck, Expectation.INTERESTING),
                Evidence.run("counter", "plain", Tool.JUNIT, "Seed#plain", Expectation.INTERESTING, Math.min(plainRaces, 5), 20),
                Evidence.run("counter", "synchronized", Tool.JCSTRESS, SYNC_STRESS, Expectation.FORBIDDEN, syncForbidden, 1000),
                Evidence.lincheck("counter", "synchronized", syncLincheck, Expectation.FORBIDDEN),
                Evidence.run("counter", "synchronized", Tool.JUNIT, "Seed#synchronized", Expectation.FORBIDDEN, 0, 20)));
    }

    static Document junit(GateVerdict verdict) throws Exception {
        byte[] xml = ReportJob.render(verdict, Instant.parse("2026-01-01T00:00:00Z")).get("junit.xml");
        return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<Element> all(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static Element testcase(Document doc, String name) {
        return all(doc, "testcase").stream().filter(e -> e.getAttribute("name").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void passingRunIsOneCasePerClaimWithNoFailures() throws Exception {
        Document doc = junit(Gate.evaluate(TestCatalogs.counter(), evidence(250, 0, true, false), RacePolicy.DETERMINISTIC));

        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("2");
        assertThat(root.getAttribute("failures")).isEqualTo("0");
        assertThat(root.getAttribute("skipped")).isEqualTo("0");
        assertThat(all(doc, "testsuite")).extracting(e -> e.getAttribute("name")).containsExactly("counter");
        assertThat(all(doc, "testcase")).extracting(e -> e.getAttribute("classname") + " / " + e.getAttribute("name"))
                .containsExactly("counter / plain is racy: race demonstrated",
                        "counter / synchronized is correct: never forbidden");
        // three experiments of 10 ms each
        assertThat(testcase(doc, "plain is racy: race demonstrated").getAttribute("time")).isEqualTo("0.030");
        assertThat(all(doc, "failure")).isEmpty();
        assertThat(testcase(doc, "plain is racy: race demonstrated").getTextContent())
                .contains("jcstress " + PLAIN_STRESS + ": OK, 1,000 samples", "250  INTERESTING  lost: an update was lost");
    }

    @Test
    void failedVariantCarriesEveryFindingOutcomeAndTrace() throws Exception {
        GateVerdict verdict = Gate.evaluate(TestCatalogs.counter(), evidence(250, 3, true, true), RacePolicy.DETERMINISTIC);
        Document doc = junit(verdict);

        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        Element failure = (Element) testcase(doc, "synchronized is correct: never forbidden")
                .getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("racecard.gate");
        assertThat(failure.getAttribute("message")).isEqualTo(verdict.failures().get(0).line() + " — reproduce: mvn -B verify "
                + "-Dracecard.focus=jcstress:x.CounterStress.Synchronized@counter/synchronized -DskipITs -Dtest=NONE "
                + "-Dsurefire.failIfNoSpecifiedTests=false");
        assertThat(failure.getTextContent())
                .contains("FAILED: " + verdict.failures().get(0).line(), "FAILED: " + verdict.failures().get(1).line())
                .contains("3  FORBIDDEN    lost: an update was lost", "997  ACCEPTABLE   ok: the expected result")
                .contains("counterexample: Invalid execution results", "| get(): 1 |");
        assertThat(testcase(doc, "plain is racy: race demonstrated").getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void notReproducedRaceIsSkippedWithTheWarning() throws Exception {
        GateVerdict verdict = Gate.evaluate(TestCatalogs.counter(), evidence(0, 0, false, false), RacePolicy.WARN);
        Document doc = junit(verdict);

        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        // the correct twin's silence, with no race seen by any tool, is inconclusive: skipped too
        assertThat(doc.getDocumentElement().getAttribute("skipped")).isEqualTo("2");
        assertThat(testcase(doc, "synchronized is correct: never forbidden").getElementsByTagName("skipped").getLength())
                .isEqualTo(1);
        Element plain = testcase(doc, "plain is racy: race demonstrated");
        Element skipped = (Element) plain.getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).contains("race not reproduced in 1,000 samples");
        assertThat(plain.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("warning: counter/plain: racy variant, but no experiment demonstrated its race")
                .contains("0  INTERESTING  lost");
    }

    @Test
    void otherTestsAndRunFindingsGetTheirOwnCases() throws Exception {
        Experiment other = Evidence.run(null, null, Tool.JCSTRESS, "their.Test", Expectation.FORBIDDEN, 2, 100);
        Document doc = junit(Gate.evaluate(new Catalog(List.of()), List.of(other), RacePolicy.DETERMINISTIC));
        Element theirs = testcase(doc, "jcstress run: no forbidden outcome");
        assertThat(theirs.getAttribute("classname")).isEqualTo("their.Test");
        assertThat(theirs.getElementsByTagName("failure").item(0).getTextContent()).contains("forbidden outcome 'lost'");

        Document empty = junit(Gate.evaluate(new Catalog(List.of()), List.of(), RacePolicy.DETERMINISTIC));
        Element gate = testcase(empty, "gate");
        assertThat(((Element) gate.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo("run: no evidence at all: an empty run never passes");
    }

    @Test
    void hostileStringsStayTextAndIllegalCharactersAreDropped() throws Exception {
        Document doc = junit(HostileReportTest.hostileVerdict());
        String kept = HostileReportTest.HOSTILE.replaceAll("[\\u0000\\u0007\\u001b]", "");

        assertThat(all(doc, "testsuite")).extracting(e -> e.getAttribute("name")).containsExactly("p" + kept, "other tests");
        Element variant = all(doc, "testcase").get(0);
        assertThat(variant.getAttribute("classname")).isEqualTo("p" + kept);
        assertThat(variant.getAttribute("name")).isEqualTo("v" + kept + " is correct: never forbidden");
        Element failure = (Element) variant.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).contains("test" + kept);
        assertThat(failure.getTextContent()).contains("trace " + kept, "desc " + kept, "message " + kept);
        assertThat(all(doc, "script")).isEmpty();
        assertThat(all(doc, "img")).isEmpty();
    }

    @Test
    void illegalCodePointsAreDroppedAndOthersKept() {
        assertThat(JunitXml.legal("a\u0000b\tc\nd\re\u0008f\uFFFEg\uD800h\uD83D\uDE00i")).isEqualTo("ab\tc\nd\refg" + "h\uD83D\uDE00i");
    }
}
