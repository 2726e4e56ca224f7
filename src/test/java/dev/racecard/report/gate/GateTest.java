package dev.racecard.report.gate;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Tool;
import dev.racecard.report.TestCatalogs;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.RunStatus;
import org.junit.jupiter.api.Test;
import dev.racecard.catalog.VariantKind;
import dev.racecard.catalog.Variant;

import java.util.ArrayList;
import java.util.List;

import static dev.racecard.report.Evidence.lincheck;
import static dev.racecard.report.Evidence.run;
import static dev.racecard.report.Evidence.stoppedAtRace;
import static dev.racecard.report.Evidence.withStatus;
import static dev.racecard.report.TestCatalogs.PLAIN_STRESS;
import static dev.racecard.report.TestCatalogs.SYNC_STRESS;
import static dev.racecard.evidence.Expectation.FORBIDDEN;
import static dev.racecard.evidence.Expectation.INTERESTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GateTest {

    private final Catalog catalog = TestCatalogs.counter();

    /** A run in which everything behaves: the racy variant races everywhere, the correct one never. */
    private List<Experiment> healthy() {
        return new ArrayList<>(List.of(
                run("counter", "plain", Tool.JCSTRESS, PLAIN_STRESS, INTERESTING, 120, 1000),
                lincheck("counter", "plain", true, INTERESTING),
                run("counter", "plain", Tool.JUNIT, "Seed#plain", INTERESTING, 17, 20),
                run("counter", "synchronized", Tool.JCSTRESS, SYNC_STRESS, FORBIDDEN, 0, 1000),
                lincheck("counter", "synchronized", false, FORBIDDEN),
                run("counter", "synchronized", Tool.JUNIT, "Seed#synchronized", FORBIDDEN, 0, 20)));
    }

    private GateVerdict evaluate(List<Experiment> experiments) {
        return Gate.evaluate(catalog, experiments, RacePolicy.DETERMINISTIC);
    }

    private static List<String> failureLines(GateVerdict verdict) {
        return verdict.failures().stream().map(Finding::line).toList();
    }

    private static List<Experiment> replace(List<Experiment> all, String variant, Tool tool, Experiment with) {
        all.removeIf(e -> e.variant().equals(variant) && e.tool() == tool);
        all.add(with);
        return all;
    }

    @Test
    void healthyRunPasses() {
        GateVerdict verdict = evaluate(healthy());
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.findings()).isEmpty();
        assertThat(verdict.variants()).extracting(VariantVerdict::status)
                .containsExactly(VariantStatus.RACE_DEMONSTRATED, VariantStatus.NEVER_FORBIDDEN);
    }

    @Test
    void aCorrectVariantsSilenceCountsWhereItsRacyTwinShowedTheRaceToTheSameTool() {
        VariantVerdict sync = evaluate(healthy()).variants().get(1);
        assertThat(sync.tools()).extracting(ToolVerdict::status).containsExactly(ToolStatus.NEVER_FORBIDDEN,
                ToolStatus.NEVER_FORBIDDEN, ToolStatus.NEVER_FORBIDDEN);
        ToolVerdict jcstress = sync.tools().get(0);
        assertThat(jcstress.calibration()).isEqualTo("jcstress showed the race of plain in this run");
        assertThat(jcstress.samples()).isEqualTo(1000);
        assertThat(jcstress.upperBound()).isCloseTo(0.002991, org.assertj.core.data.Offset.offset(1e-6));
        ToolVerdict lincheck = sync.tools().get(1);
        assertThat(lincheck.upperBound()).as("model checking gives no per-sample bound").isNull();

        ToolVerdict racyJcstress = evaluate(healthy()).variants().get(0).tools().get(0);
        assertThat(racyJcstress.status()).isEqualTo(ToolStatus.RACE_SEEN);
        assertThat(racyJcstress.hits()).isEqualTo(120);
        assertThat(racyJcstress.raceRate().low()).isBetween(0.10, 0.12);
        assertThat(racyJcstress.raceRate().high()).isBetween(0.13, 0.15);
    }

    @Test
    void trialsStoppedAtTheRaceDemonstrateItWithoutARateAndStillCalibrateTheCorrectVariant() {
        List<Experiment> stopped = replace(healthy(), "plain", Tool.JUNIT,
                stoppedAtRace(run("counter", "plain", Tool.JUNIT, "Seed#plain", INTERESTING, 1, 3)));
        GateVerdict verdict = evaluate(stopped);

        ToolVerdict racy = verdict.variants().get(0).tools().get(2);
        assertThat(racy.status()).isEqualTo(ToolStatus.RACE_SEEN);
        assertThat(racy.stoppedAtRace()).isTrue();
        assertThat(racy.hits()).isEqualTo(1);
        assertThat(racy.raceRate()).as("a count stopped at a race is biased towards it: no interval").isNull();
        assertThat(verdict.variants().get(1).tools().get(2).calibration())
                .isEqualTo("junit showed the race of plain in this run");
        ToolVerdict full = evaluate(healthy()).variants().get(0).tools().get(2);
        assertThat(full.stoppedAtRace()).isFalse();
        assertThat(full.raceRate()).isNotNull();
    }

    @Test
    void withoutItsRacyTwinACorrectVariantIsInconclusiveWarnedByDefaultFailedWhenStrict() {
        Catalog correctOnly = new Catalog(List.of(new dev.racecard.catalog.Pattern("counter", "Shared counter", "claim",
                List.of(), List.of(catalog.patterns().get(0).variants().get(1)))));
        List<Experiment> evidence = healthy().stream().filter(e -> e.variant().equals("synchronized")).toList();

        GateVerdict verdict = Gate.evaluate(correctOnly, evidence, RacePolicy.DETERMINISTIC);
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.variants().get(0).status()).isEqualTo(VariantStatus.INCONCLUSIVE);
        assertThat(verdict.variants().get(0).tools()).extracting(ToolVerdict::status).containsOnly(ToolStatus.INCONCLUSIVE);
        assertThat(verdict.warnings()).extracting(Finding::kind).containsOnly(FindingKind.INCONCLUSIVE);
        assertThat(verdict.warnings()).extracting(Finding::line).contains("counter/synchronized [jcstress]: never "
                + "forbidden, but inconclusive here: no racy variant of counter that runs jcstress is in this run, and jcstress killed none "
                + "of this variant's mutants");

        assertThat(Gate.evaluate(correctOnly, evidence, RacePolicy.STRICT).passed()).isFalse();
    }

    @Test
    void aCorrectVariantThatNamesItsTwinsIsCalibratedOnlyByThem() {
        dev.racecard.catalog.Pattern counter = catalog.patterns().get(0);
        Variant plain = counter.variants().get(0);
        Variant other = new Variant("other-race", VariantKind.RACY, "x.Other", "another race",
                List.of(new dev.racecard.catalog.ExperimentRef(Tool.JCSTRESS, "x.Other")));
        Variant sync = counter.variants().get(1).fixing("plain");
        Catalog twins = new Catalog(List.of(new dev.racecard.catalog.Pattern("counter", "t", "c", List.of(),
                List.of(plain, other, sync))));
        List<Experiment> evidence = replace(healthy(), "plain", Tool.JCSTRESS,
                run("counter", "plain", Tool.JCSTRESS, PLAIN_STRESS, INTERESTING, 0, 1000));
        evidence.add(run("counter", "other-race", Tool.JCSTRESS, "x.Other", INTERESTING, 5, 1000));

        ToolVerdict jcstress = Gate.evaluate(twins, evidence, RacePolicy.WARN).variants().get(2).tools().get(0);
        // another racy variant's race, seen by jcstress, says nothing about the race this variant fixes
        assertThat(jcstress.status()).isEqualTo(ToolStatus.INCONCLUSIVE);
        assertThat(jcstress.calibration()).startsWith("the race of plain was not seen by jcstress");
        assertThatThrownBy(() -> new dev.racecard.catalog.Pattern("p", "t", "c", List.of(),
                List.of(counter.variants().get(1).fixing("nobody"))))
                .hasMessageContaining("fixes 'nobody', which is not a racy variant of p");
    }

    @Test
    void aRacyTwinThatMissedTheRaceLeavesOnlyThatToolInconclusive() {
        List<Experiment> missed = replace(healthy(), "plain", Tool.JCSTRESS,
                run("counter", "plain", Tool.JCSTRESS, PLAIN_STRESS, INTERESTING, 0, 1000));
        VariantVerdict sync = evaluate(missed).variants().get(1);
        assertThat(sync.status()).isEqualTo(VariantStatus.NEVER_FORBIDDEN);
        assertThat(sync.tools()).extracting(ToolVerdict::status).containsExactly(ToolStatus.INCONCLUSIVE,
                ToolStatus.NEVER_FORBIDDEN, ToolStatus.NEVER_FORBIDDEN);
        assertThat(sync.tools().get(0).calibration())
                .isEqualTo("the race of plain was not seen by jcstress in this run, and jcstress killed none of this variant's mutants");
    }

    @Test
    void forbiddenOutcomeInCorrectVariantFailsNamingVariantToolAndOutcome() {
        GateVerdict verdict = evaluate(replace(healthy(), "synchronized", Tool.JCSTRESS,
                run("counter", "synchronized", Tool.JCSTRESS, SYNC_STRESS, FORBIDDEN, 3, 1000)));
        assertThat(verdict.passed()).isFalse();
        assertThat(failureLines(verdict)).containsExactly(
                "counter/synchronized [jcstress x.CounterStress.Synchronized]: forbidden outcome 'lost' "
                        + "(an update was lost) observed 3 of 1,000 times");
        assertThat(verdict.variants().get(1).status()).isEqualTo(VariantStatus.FAILED);
    }

    @Test
    void lincheckViolationInCorrectVariantFails() {
        GateVerdict verdict = evaluate(replace(healthy(), "synchronized", Tool.LINCHECK,
                lincheck("counter", "synchronized", true, FORBIDDEN)));
        assertThat(failureLines(verdict)).singleElement().asString()
                .startsWith("counter/synchronized [lincheck Spec_synchronized]: forbidden outcome 'non-linearizable'");
    }

    @Test
    void racyVariantThatLincheckCannotBreakFailsUnderDefaultPolicy() {
        GateVerdict verdict = evaluate(replace(healthy(), "plain", Tool.LINCHECK, lincheck("counter", "plain", false, INTERESTING)));
        assertThat(verdict.passed()).isFalse();
        assertThat(failureLines(verdict)).singleElement().asString()
                .startsWith("counter/plain [lincheck Spec_plain]: race not reproduced");
    }

    @Test
    void samplingToolMissingTheRaceOnlyWarnsUnderDefaultPolicyButFailsWhenStrict() {
        List<Experiment> missed = replace(healthy(), "plain", Tool.JUNIT,
                run("counter", "plain", Tool.JUNIT, "Seed#plain", INTERESTING, 0, 20));
        GateVerdict lenient = evaluate(missed);
        assertThat(lenient.passed()).isTrue();
        assertThat(lenient.warnings()).extracting(Finding::line)
                .contains("counter/plain [junit Seed#plain]: race not reproduced in 20 samples");

        GateVerdict strict = Gate.evaluate(catalog, missed, RacePolicy.STRICT);
        assertThat(strict.passed()).isFalse();
    }

    @Test
    void racyVariantWithNoDemonstrationAtAllFailsUnlessPolicyIsWarn() {
        List<Experiment> none = healthy();
        none.removeIf(e -> e.variant().equals("plain"));
        none.add(run("counter", "plain", Tool.JCSTRESS, PLAIN_STRESS, INTERESTING, 0, 1000));
        none.add(lincheck("counter", "plain", false, INTERESTING));
        none.add(run("counter", "plain", Tool.JUNIT, "Seed#plain", INTERESTING, 0, 20));

        assertThat(failureLines(evaluate(none)))
                .contains("counter/plain: racy variant, but no experiment demonstrated its race");
        GateVerdict warned = Gate.evaluate(catalog, none, RacePolicy.WARN);
        assertThat(warned.passed()).isTrue();
        assertThat(warned.variants().get(0).status()).isEqualTo(VariantStatus.NOT_REPRODUCED);
    }

    @Test
    void variantWithoutEvidenceFails() {
        List<Experiment> experiments = healthy();
        experiments.removeIf(e -> e.variant().equals("synchronized"));
        assertThat(failureLines(evaluate(experiments))).containsExactly(
                "counter/synchronized [jcstress x.CounterStress.Synchronized]: no evidence from this declared experiment (was it skipped, or did its filter match nothing?)",
                "counter/synchronized [lincheck Spec_synchronized]: no evidence from this declared experiment (was it skipped, or did its filter match nothing?)",
                "counter/synchronized [junit Seed#synchronized]: no evidence from this declared experiment (was it skipped, or did its filter match nothing?)");
    }

    @Test
    void jcstressThatMatchedNoTestFails() {
        List<Experiment> experiments = healthy();
        experiments.removeIf(e -> e.tool() == Tool.JCSTRESS);
        GateVerdict verdict = evaluate(experiments);
        assertThat(failureLines(verdict)).contains(
                "counter/plain [jcstress x.CounterStress.Plain]: no evidence from this declared experiment (was it skipped, or did its filter match nothing?)",
                "counter/synchronized [jcstress x.CounterStress.Synchronized]: no evidence from this declared experiment (was it skipped, or did its filter match nothing?)");
    }

    @Test
    void erroredTimedOutOrEmptyExperimentsFail() {
        Experiment sync = run("counter", "synchronized", Tool.JUNIT, "Seed#synchronized", FORBIDDEN, 0, 20);
        assertThat(failureLines(evaluate(replace(healthy(), "synchronized", Tool.JUNIT,
                withStatus(sync, RunStatus.ERROR, "java.lang.OutOfMemoryError")))))
                .containsExactly("counter/synchronized [junit Seed#synchronized]: experiment ended in ERROR: java.lang.OutOfMemoryError");
        assertThat(failureLines(evaluate(replace(healthy(), "synchronized", Tool.JUNIT,
                withStatus(sync, RunStatus.TIMEOUT, "no progress in 60 s")))))
                .containsExactly("counter/synchronized [junit Seed#synchronized]: experiment ended in TIMEOUT: no progress in 60 s");
        assertThat(failureLines(evaluate(replace(healthy(), "synchronized", Tool.JUNIT,
                run("counter", "synchronized", Tool.JUNIT, "Seed#synchronized", FORBIDDEN, 0, 0)))))
                .containsExactly("counter/synchronized [junit Seed#synchronized]: experiment produced no samples");
    }

    @Test
    void evidenceForUndeclaredVariantFails() {
        List<Experiment> experiments = healthy();
        experiments.add(run("counter", "ghost", Tool.JUNIT, "Seed#ghost", INTERESTING, 1, 20));
        assertThat(failureLines(evaluate(experiments)))
                .containsExactly("counter/ghost [junit Seed#ghost]: evidence for a variant the catalog does not declare");
    }

    @Test
    void unownedJcstressTestsAreGradedAsJcstressGradesThem() {
        List<Experiment> experiments = healthy();
        experiments.add(run(null, null, Tool.JCSTRESS, "other.Test", INTERESTING, 5, 100));
        assertThat(evaluate(experiments).passed()).isTrue();
        experiments.add(run(null, null, Tool.JCSTRESS, "other.Broken", FORBIDDEN, 5, 100));
        assertThat(failureLines(evaluate(experiments))).singleElement().asString()
                .startsWith("other.Broken [jcstress other.Broken]: forbidden outcome 'lost'");
    }

    @Test
    void emptyRunNeverPasses() {
        assertThat(Gate.evaluate(new Catalog(List.of()), List.of(), RacePolicy.DETERMINISTIC).passed()).isFalse();
        assertThat(evaluate(List.of()).passed()).isFalse();
    }

    @Test
    void aSkippedExperimentFailsEvenWhenTheSameToolProducedOtherEvidence() {
        List<Experiment> experiments = healthy();
        experiments.removeIf(e -> e.variant().equals("synchronized") && e.tool() == Tool.JUNIT);
        experiments.add(run("counter", "synchronized", Tool.JUNIT, "Seed#other", FORBIDDEN, 0, 20));
        assertThat(failureLines(evaluate(experiments))).containsExactly(
                "counter/synchronized [junit Seed#synchronized]: no evidence from this declared experiment "
                        + "(was it skipped, or did its filter match nothing?)",
                "counter/synchronized [junit Seed#other]: evidence from an experiment the catalog does not declare "
                        + "for this variant");
    }
}
