package dev.racecard.report.merge;

import dev.racecard.report.BadInputException;
import dev.racecard.report.gate.VariantStatus;
import dev.racecard.report.merge.MergedDocument.LabelledFinding;
import dev.racecard.report.merge.MergedDocument.MergedExperiment;
import dev.racecard.report.merge.MergedDocument.MergedVariant;
import dev.racecard.report.render.RacecardDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.racecard.report.TestCatalogs.PLAIN_STRESS;
import static dev.racecard.report.TestCatalogs.SYNC_STRESS;
import static dev.racecard.report.merge.MergeFixtures.JDK17;
import static dev.racecard.report.merge.MergeFixtures.JDK17_LABEL;
import static dev.racecard.report.merge.MergeFixtures.JDK25;
import static dev.racecard.report.merge.MergeFixtures.JDK25_LABEL;
import static dev.racecard.report.merge.MergeFixtures.sampledRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MergerTest {

    static MergedVariant variant(MergedDocument doc, String id) {
        return doc.patterns().get(0).variants().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    static MergedExperiment experiment(MergedVariant v, String testId) {
        return v.experiments().stream().filter(e -> e.testId().equals(testId)).findFirst().orElseThrow();
    }

    static List<String> lines(List<LabelledFinding> findings) {
        return findings.stream().map(LabelledFinding::line).toList();
    }

    @Test
    void raceSeenOnOneJdkIsDemonstratedAndAForbiddenOutcomeOnOneJdkFails() {
        MergedDocument merged = MergeFixtures.merge(sampledRun(JDK17, 250, 0), sampledRun(JDK25, 0, 3));

        assertThat(merged.kind()).isEqualTo("merged");
        assertThat(merged.environments()).extracting(MergedDocument.Environment::label).containsExactly(JDK17_LABEL, JDK25_LABEL);
        assertThat(merged.environments()).extracting(MergedDocument.Environment::passed).containsExactly(true, false);

        MergedVariant plain = variant(merged, "plain");
        assertThat(plain.statusByEnvironment()).containsExactly(
                Map.entry(JDK17_LABEL, VariantStatus.RACE_DEMONSTRATED), Map.entry(JDK25_LABEL, VariantStatus.FAILED));
        assertThat(plain.status()).isEqualTo(VariantStatus.RACE_DEMONSTRATED);
        assertThat(plain.demonstratedIn()).containsExactly(JDK17_LABEL);
        assertThat(experiment(plain, PLAIN_STRESS).outcomes().get(1).counts())
                .containsExactly(Map.entry(JDK17_LABEL, 250L), Map.entry(JDK25_LABEL, 0L));
        // JDK 25's own gate failed the variant for not showing its race; JDK 17 answers that
        assertThat(lines(plain.findings())).contains("[" + JDK25_LABEL + "] counter/plain: racy variant, but no experiment "
                + "demonstrated its race in this environment; it showed in " + JDK17_LABEL);
        assertThat(plain.findings()).allSatisfy(f -> assertThat(f.finding().severity().name()).isEqualTo("WARNING"));

        MergedVariant sync = variant(merged, "synchronized");
        assertThat(sync.statusByEnvironment()).containsExactly(
                Map.entry(JDK17_LABEL, VariantStatus.NEVER_FORBIDDEN), Map.entry(JDK25_LABEL, VariantStatus.FAILED));
        assertThat(sync.status()).isEqualTo(VariantStatus.FAILED);
        assertThat(sync.demonstratedIn()).isEmpty();
        assertThat(experiment(sync, SYNC_STRESS).outcomes().get(1).counts())
                .containsExactly(Map.entry(JDK17_LABEL, 0L), Map.entry(JDK25_LABEL, 3L));

        assertThat(merged.gate().passed()).isFalse();
        assertThat(lines(merged.gate().failures())).containsExactly("[" + JDK25_LABEL + "] counter/synchronized [jcstress "
                + SYNC_STRESS + "]: forbidden outcome 'lost' (an update was lost) observed 3 of 1,000 times");
    }

    @Test
    void gatePassesWhenEveryMissIsAnsweredByAnotherEnvironment() {
        MergedDocument merged = MergeFixtures.merge(sampledRun(JDK17, 0, 0), sampledRun(JDK25, 40, 0));

        assertThat(merged.environments()).extracting(MergedDocument.Environment::passed).containsExactly(false, true);
        assertThat(merged.gate().passed()).isTrue();
        assertThat(variant(merged, "plain").status()).isEqualTo(VariantStatus.RACE_DEMONSTRATED);
        assertThat(variant(merged, "plain").demonstratedIn()).containsExactly(JDK25_LABEL);
        assertThat(variant(merged, "synchronized").status()).isEqualTo(VariantStatus.NEVER_FORBIDDEN);
    }

    @Test
    void raceShownNowhereStaysFailed() {
        MergedDocument merged = MergeFixtures.merge(sampledRun(JDK17, 0, 0), sampledRun(JDK25, 0, 0));
        assertThat(variant(merged, "plain").status()).isEqualTo(VariantStatus.FAILED);
        assertThat(merged.gate().passed()).isFalse();
    }

    @Test
    void aLincheckMissStillFailsThoughAnotherJdkShowedTheRace() {
        MergedDocument merged = MergeFixtures.merge(MergeFixtures.lincheckRun(JDK17, true),
                MergeFixtures.lincheckRun(JDK25, false));
        MergedVariant plain = variant(merged, "plain");
        assertThat(plain.demonstratedIn()).containsExactly(JDK17_LABEL);
        assertThat(plain.status()).isEqualTo(VariantStatus.FAILED);
        assertThat(lines(merged.gate().failures())).singleElement().asString()
                .startsWith("[" + JDK25_LABEL + "] counter/plain [lincheck Spec_plain]: race not reproduced");
    }

    @Test
    void aVariantOnlyOneReportHasIsMergedFromThatOneWithAWarning() {
        MergedDocument merged = MergeFixtures.merge(sampledRun(JDK17, 250, 0), withoutSync(JDK25));

        MergedVariant sync = variant(merged, "synchronized");
        assertThat(sync.statusByEnvironment()).containsOnlyKeys(JDK17_LABEL);
        assertThat(sync.status()).isEqualTo(VariantStatus.NEVER_FORBIDDEN);
        assertThat(lines(merged.gate().warnings())).contains("counter/synchronized: not in the report of " + JDK25_LABEL);
        assertThat(merged.gate().passed()).isTrue();
    }

    private static RacecardDocument withoutSync(Map<String, String> env) {
        RacecardDocument full = sampledRun(env, 250, 0);
        RacecardDocument.PatternEntry p = full.patterns().get(0);
        return new RacecardDocument(1, full.generatedAt(), full.gate(),
                List.of(new RacecardDocument.PatternEntry(p.id(), p.title(), p.claim(), p.seeds(), List.of(p.variants().get(0)))),
                List.of());
    }

    @Test
    void labelsComeFromTheMachineThenTheFileNameAndMustBeDistinct() {
        RacecardDocument a = sampledRun(JDK17, 250, 0);
        RacecardDocument b = sampledRun(JDK17, 250, 0);
        RacecardDocument unknown = MergeFixtures.run(MergeFixtures.sampled(), Map.of(), List.of());

        assertThat(EnvironmentLabels.of(List.of(a, unknown), List.of("a.json", "b.json"), List.of()))
                .containsExactly(JDK17_LABEL, "b.json");
        assertThat(EnvironmentLabels.of(List.of(a, b), List.of("x64.json", "again.json"), List.of()))
                .containsExactly(JDK17_LABEL + " (x64.json)", JDK17_LABEL + " (again.json)");
        assertThat(EnvironmentLabels.of(List.of(a, b), List.of("r.json", "r.json"), List.of()))
                .doesNotHaveDuplicates();
        assertThat(EnvironmentLabels.of(List.of(a, b), List.of("a.json", "b.json"), List.of("x64", "arm64")))
                .containsExactly("x64", "arm64");
        assertThatThrownBy(() -> EnvironmentLabels.of(List.of(a, b), List.of("a", "b"), List.of("x64")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("1 labels for 2 reports");
        assertThatThrownBy(() -> EnvironmentLabels.of(List.of(a, b), List.of("a", "b"), List.of("x", "x")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("distinct");
    }

    @Test
    void machineLabelDropsTheOsVersion() {
        assertThat(EnvironmentLabels.machine(Map.of("jdk", "21", "os", "Mac OS X 14.1", "arch", "aarch64")))
                .contains("JDK 21, Mac OS X aarch64");
        assertThat(EnvironmentLabels.machine(Map.of("cpus", "2"))).isEmpty();
    }
}
