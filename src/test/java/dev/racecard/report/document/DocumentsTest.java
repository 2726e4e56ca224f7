package dev.racecard.report.document;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.report.Evidence;
import dev.racecard.report.TestCatalogs;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.FindingKind;
import dev.racecard.report.gate.Gate;
import dev.racecard.report.gate.RacePolicy;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.racecard.report.TestCatalogs.PLAIN_STRESS;
import static dev.racecard.report.TestCatalogs.SYNC_STRESS;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentsTest {

    private static final List<Experiment> SILENT = List.of(
            Evidence.run("counter", "plain", Tool.JCSTRESS, PLAIN_STRESS, Expectation.INTERESTING, 0, 1000),
            Evidence.lincheck("counter", "plain", true, Expectation.INTERESTING),
            Evidence.run("counter", "plain", Tool.JUNIT, "Seed#plain", Expectation.INTERESTING, 0, 20),
            Evidence.run("counter", "synchronized", Tool.JCSTRESS, SYNC_STRESS, Expectation.FORBIDDEN, 0, 1000),
            Evidence.lincheck("counter", "synchronized", false, Expectation.FORBIDDEN),
            Evidence.run("counter", "synchronized", Tool.JUNIT, "Seed#synchronized", Expectation.FORBIDDEN, 0, 20));

    private static Finding finding(RacecardDocument doc, FindingKind kind, String subject, Tool tool) {
        return doc.gate().findings().stream().filter(f -> f.kind() == kind && f.subject().ref().equals(subject)
                && f.tool() == tool).findFirst().orElseThrow();
    }

    @Test
    void findingsAboutOneExperimentCarryItsReproduceLine() {
        RacecardDocument doc = Documents.of(Gate.evaluate(TestCatalogs.counter(), SILENT, RacePolicy.WARN), Instant.EPOCH);
        assertThat(finding(doc, FindingKind.RACE_NOT_REPRODUCED, "counter/plain", Tool.JCSTRESS).reproduce())
                .isEqualTo("mvn -B verify -Dracecard.focus=jcstress:" + PLAIN_STRESS + "@counter/plain -DskipITs "
                        + "-Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false");
        // inconclusive names a tool, not a test: the tool's only experiment on the variant is the one to re-run
        assertThat(finding(doc, FindingKind.INCONCLUSIVE, "counter/synchronized", Tool.JCSTRESS).reproduce())
                .contains("-Dracecard.focus=jcstress:" + SYNC_STRESS + "@counter/synchronized");
        assertThat(doc.gate().findings()).allSatisfy(f -> assertThat(f.environment()).isNull());
    }

    @Test
    void aRunsMachineIsWhatMostOfItsExperimentsSay() {
        assertThat(Documents.machine(List.of(
                on(Map.of("jdk", "17", "arch", "amd64")), on(Map.of("jdk", "17", "arch", "amd64", "cpus", "2")),
                on(Map.of("jdk", "25", "arch", "amd64", "cpus", "2")))))
                .isEqualTo(Map.of("jdk", "17", "arch", "amd64", "cpus", "2"));
        RacecardDocument empty = Documents.of(Gate.evaluate(new Catalog(List.<Pattern>of()), List.of(), RacePolicy.WARN),
                Instant.EPOCH);
        assertThat(empty.environments()).singleElement().extracting(RacecardDocument.Environment::label)
                .isEqualTo(Documents.THIS_RUN);
    }

    private static Experiment on(Map<String, String> env) {
        Experiment e = SILENT.get(0);
        return new Experiment(e.pattern(), e.variant(), e.tool(), e.testId(), e.status(), e.outcomes(),
                e.counterexample(), e.messages(), env, e.settings(), e.configurations(), e.durationMillis());
    }
}
