package dev.racecard.report.merge;

import dev.racecard.report.BadInputException;
import dev.racecard.report.document.EnvironmentLabels;
import dev.racecard.report.document.RacecardDocument;
import dev.racecard.report.document.RacecardDocument.VariantEntry;
import dev.racecard.report.document.RacecardDocument.VariantRun;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.FindingKind;
import dev.racecard.report.gate.Severity;
import dev.racecard.report.gate.VariantStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.racecard.report.TestCatalogs.SYNC_STRESS;
import static dev.racecard.report.merge.MergeFixtures.JDK17;
import static dev.racecard.report.merge.MergeFixtures.JDK17_LABEL;
import static dev.racecard.report.merge.MergeFixtures.JDK25;
import static dev.racecard.report.merge.MergeFixtures.JDK25_LABEL;
import static dev.racecard.report.merge.MergeFixtures.sampledRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MergerTest {

    static VariantEntry variant(RacecardDocument doc, String id) {
        return doc.patterns().get(0).variants().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    static List<String> lines(List<Finding> findings) {
        return findings.stream().map(Finding::line).toList();
    }

    @Test
    void aSingleRunIsADocumentWithOneEnvironment() {
        RacecardDocument run = sampledRun(JDK17, 250, 0);
        assertThat(run.schemaVersion()).isEqualTo(2);
        assertThat(run.environments()).extracting(RacecardDocument.Environment::label).containsExactly(JDK17_LABEL);
        assertThat(variant(run, "plain").runs()).extracting(VariantRun::environment).containsExactly(JDK17_LABEL);
        assertThat(run.gate().findings()).allSatisfy(f -> assertThat(f.environment()).isEqualTo(JDK17_LABEL));
    }

    @Test
    void raceSeenOnOneJdkIsDemonstratedAndAForbiddenOutcomeOnOneJdkFails() {
        RacecardDocument merged = MergeFixtures.merge(sampledRun(JDK17, 250, 0), sampledRun(JDK25, 0, 3));

        assertThat(merged.environments()).extracting(RacecardDocument.Environment::label).containsExactly(JDK17_LABEL, JDK25_LABEL);
        assertThat(merged.environments()).extracting(RacecardDocument.Environment::passed).containsExactly(true, false);

        VariantEntry plain = variant(merged, "plain");
        assertThat(plain.runs()).extracting(VariantRun::status)
                .containsExactly(VariantStatus.RACE_DEMONSTRATED, VariantStatus.FAILED);
        assertThat(plain.status()).isEqualTo(VariantStatus.RACE_DEMONSTRATED);
        // JDK 25's own gate failed the variant for not showing its race; JDK 17 answers that
        List<Finding> aboutPlain = merged.gate().findings().stream()
                .filter(f -> f.subject().ref().equals("counter/plain")).toList();
        assertThat(lines(aboutPlain)).contains("[" + JDK25_LABEL + "] counter/plain: racy variant, but no experiment "
                + "demonstrated its race in this environment; it showed in " + JDK17_LABEL);
        assertThat(aboutPlain).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));

        VariantEntry sync = variant(merged, "synchronized");
        assertThat(sync.runs()).extracting(VariantRun::status)
                .containsExactly(VariantStatus.NEVER_FORBIDDEN, VariantStatus.FAILED);
        assertThat(sync.status()).isEqualTo(VariantStatus.FAILED);

        assertThat(merged.gate().passed()).isFalse();
        assertThat(lines(merged.gate().failures())).containsExactly("[" + JDK25_LABEL + "] counter/synchronized [jcstress "
                + SYNC_STRESS + "]: forbidden outcome 'lost' (an update was lost) observed 3 of 1,000 times");
        assertThat(merged.gate().failures()).extracting(Finding::kind).containsExactly(FindingKind.FORBIDDEN_OUTCOME);
    }

    @Test
    void gatePassesWhenEveryMissIsAnsweredByAnotherEnvironment() {
        RacecardDocument merged = MergeFixtures.merge(sampledRun(JDK17, 0, 0), sampledRun(JDK25, 40, 0));

        assertThat(merged.environments()).extracting(RacecardDocument.Environment::passed).containsExactly(false, true);
        assertThat(merged.gate().passed()).isTrue();
        assertThat(variant(merged, "plain").status()).isEqualTo(VariantStatus.RACE_DEMONSTRATED);
        // on JDK 17 no tool showed the race, so the correct variant's silence there proves nothing
        VariantEntry sync = variant(merged, "synchronized");
        assertThat(sync.runs()).extracting(VariantRun::status)
                .containsExactly(VariantStatus.INCONCLUSIVE, VariantStatus.NEVER_FORBIDDEN);
        assertThat(sync.status()).isEqualTo(VariantStatus.NEVER_FORBIDDEN);
    }

    @Test
    void raceShownNowhereStaysFailedAndItsCorrectTwinIsInconclusive() {
        RacecardDocument merged = MergeFixtures.merge(sampledRun(JDK17, 0, 0), sampledRun(JDK25, 0, 0));
        assertThat(variant(merged, "plain").status()).isEqualTo(VariantStatus.FAILED);
        assertThat(variant(merged, "synchronized").status()).isEqualTo(VariantStatus.INCONCLUSIVE);
        assertThat(merged.gate().passed()).isFalse();
    }

    @Test
    void aLincheckMissStillFailsThoughAnotherJdkShowedTheRace() {
        RacecardDocument merged = MergeFixtures.merge(MergeFixtures.lincheckRun(JDK17, true),
                MergeFixtures.lincheckRun(JDK25, false));
        VariantEntry plain = variant(merged, "plain");
        assertThat(plain.status()).isEqualTo(VariantStatus.FAILED);
        assertThat(lines(merged.gate().failures())).singleElement().asString()
                .startsWith("[" + JDK25_LABEL + "] counter/plain [lincheck Spec_plain]: race not reproduced");
    }

    @Test
    void aVariantOnlyOneReportHasIsMergedFromThatOneWithAWarning() {
        RacecardDocument merged = MergeFixtures.merge(sampledRun(JDK17, 250, 0), withoutSync(JDK25));

        VariantEntry sync = variant(merged, "synchronized");
        assertThat(sync.runs()).extracting(VariantRun::environment).containsExactly(JDK17_LABEL);
        assertThat(sync.status()).isEqualTo(VariantStatus.NEVER_FORBIDDEN);
        assertThat(lines(merged.gate().warnings())).contains("counter/synchronized: not in the report of " + JDK25_LABEL);
        assertThat(merged.gate().passed()).isTrue();
    }

    @Test
    void aMergedDocumentMergesAgain() {
        RacecardDocument first = MergeFixtures.merge(sampledRun(JDK17, 250, 0), sampledRun(JDK25, 9, 0));
        RacecardDocument again = MergeFixtures.merge(first, sampledRun(Map.of("jdk", "21", "arch", "aarch64"), 3, 0));
        assertThat(again.environments()).hasSize(3);
        assertThat(variant(again, "plain").runs()).hasSize(3);
        assertThat(again.gate().passed()).isTrue();
    }

    private static RacecardDocument withoutSync(Map<String, String> env) {
        RacecardDocument full = sampledRun(env, 250, 0);
        RacecardDocument.PatternEntry p = full.patterns().get(0);
        return new RacecardDocument(2, full.generatedAt(), full.environments(), full.gate(), full.tools(),
                List.of(p.withVariants(List.of(p.variants().get(0)))), List.of());
    }

    @Test
    void labelsAreTheMachinesThenTheFileNameAndMustBeDistinct() {
        assertThat(EnvironmentLabels.of(List.of(JDK17_LABEL, "this run"), List.of(), List.of("a.json", "b.json")))
                .containsExactly(JDK17_LABEL, "this run");
        assertThat(EnvironmentLabels.of(List.of(JDK17_LABEL, JDK17_LABEL), List.of(), List.of("x64.json", "again.json")))
                .containsExactly(JDK17_LABEL + " (x64.json)", JDK17_LABEL + " (again.json)");
        assertThat(EnvironmentLabels.of(List.of(JDK17_LABEL, JDK17_LABEL), List.of(), List.of("r.json", "r.json")))
                .doesNotHaveDuplicates();
        assertThat(EnvironmentLabels.of(List.of("a", "b"), List.of("x64", "arm64"), List.of("a.json", "b.json")))
                .containsExactly("x64", "arm64");
        assertThatThrownBy(() -> EnvironmentLabels.of(List.of("a", "b"), List.of("x64"), List.of("a", "b")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("1 labels for 2 environments");
        assertThatThrownBy(() -> EnvironmentLabels.of(List.of("a", "b"), List.of("x", "x"), List.of("a", "b")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("distinct");
    }

    @Test
    void machineLabelDropsTheOsVersion() {
        assertThat(EnvironmentLabels.machine(Map.of("jdk", "21", "os", "Mac OS X 14.1", "arch", "aarch64")))
                .contains("JDK 21, Mac OS X aarch64");
        assertThat(EnvironmentLabels.machine(Map.of("cpus", "2"))).isEmpty();
    }
}
