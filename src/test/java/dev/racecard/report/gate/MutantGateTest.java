package dev.racecard.report.gate;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.MutantFixtures;
import dev.racecard.report.TestCatalogs;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.RunStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.racecard.report.Evidence.lincheck;
import static dev.racecard.report.Evidence.run;
import static dev.racecard.report.Evidence.withStatus;
import static dev.racecard.report.TestCatalogs.PLAIN_STRESS;
import static dev.racecard.report.TestCatalogs.SYNC_STRESS;
import static dev.racecard.evidence.Expectation.FORBIDDEN;
import static dev.racecard.evidence.Expectation.INTERESTING;
import static org.assertj.core.api.Assertions.assertThat;

/** Positive controls: a mutant in the correct variant's place must be failed by the gate itself. */
class MutantGateTest {

    private static GateVerdict evaluate(List<Experiment> experiments, RacePolicy policy) {
        return Gate.evaluate(MutantFixtures.catalog(), experiments, policy, MutantSelection.GATE);
    }

    private static MutantVerdict verdict(GateVerdict gate, String mutantId) {
        return gate.mutants().stream().filter(m -> m.mutant().id().equals(mutantId)).findFirst().orElseThrow();
    }

    @Test
    void aKilledMutantIsFailedByTheGateWithAFindingNamingIt() {
        GateVerdict gate = evaluate(MutantFixtures.gateRun(3), RacePolicy.DETERMINISTIC);
        MutantVerdict freshLock = verdict(gate, "fresh-lock");
        assertThat(freshLock.status()).isEqualTo(MutantStatus.KILLED);
        assertThat(freshLock.tools()).extracting(ToolKill::outcome).containsOnly(KillOutcome.KILLED);
        assertThat(freshLock.findings()).first().extracting(Finding::line).asString()
                .startsWith("counter/synchronized~fresh-lock [jcstress x.CounterStress.Synchronized]: forbidden outcome 'lost'");
        // the variant itself is untouched by its mutants' failures
        assertThat(gate.variants().get(1).status()).isEqualTo(VariantStatus.NEVER_FORBIDDEN);
    }

    @Test
    void aSurvivorFailsWhereADeterministicToolMissedItAndWarnsWhereOnlySamplingDid() {
        GateVerdict gate = evaluate(MutantFixtures.gateRun(0), RacePolicy.DETERMINISTIC);
        assertThat(verdict(gate, "fresh-lock").status()).isEqualTo(MutantStatus.SURVIVED);
        assertThat(gate.failures()).extracting(Finding::line).containsExactly(
                "counter/synchronized~fresh-lock: positive control survived: with the mistake 'synchronizes on a new "
                        + "object' in place, every experiment of jcstress, junit, lincheck passed; this run cannot "
                        + "show that they catch it");
        assertThat(gate.warnings()).extracting(f -> f.subject().ref()).containsExactly("counter/synchronized~sampled-only");
        assertThat(evaluate(MutantFixtures.gateRun(0), RacePolicy.STRICT).failures()).hasSize(2);
        assertThat(evaluate(MutantFixtures.gateRun(0), RacePolicy.WARN).passed()).isTrue();
    }

    @Test
    void aDeclaredBlindSpotSurvivesWithoutAFindingAndANotSelectedMutantIsNotRun() {
        GateVerdict gate = evaluate(MutantFixtures.gateRun(3), RacePolicy.DETERMINISTIC);
        assertThat(verdict(gate, "unsynchronized-get").status()).isEqualTo(MutantStatus.BLIND_SPOT);
        assertThat(verdict(gate, "nightly").status()).isEqualTo(MutantStatus.NOT_RUN);
        assertThat(gate.findings()).extracting(f -> f.subject().ref()).doesNotContain(
                "counter/synchronized~unsynchronized-get", "counter/synchronized~nightly");
    }

    @Test
    void aSelectedMutantWithoutEvidenceFailsTheGate() {
        List<Experiment> run = MutantFixtures.gateRun(3);
        run.removeIf(e -> "fresh-lock".equals(e.mutant()) && e.tool() == Tool.JUNIT);
        GateVerdict gate = evaluate(run, RacePolicy.DETERMINISTIC);
        assertThat(gate.failures()).extracting(Finding::line).containsExactly(
                "counter/synchronized~fresh-lock [junit Seed#synchronized]: no evidence from this declared experiment "
                        + "with the mutant in place");
        assertThat(verdict(gate, "fresh-lock").tools()).extracting(ToolKill::outcome)
                .containsExactly(KillOutcome.KILLED, KillOutcome.KILLED, KillOutcome.NOT_RUN);
    }

    @Test
    void aToolErrorIsNeverAKill() {
        List<Experiment> run = MutantFixtures.variants();
        Experiment hung = withStatus(lincheck("x", "synchronized", true, FORBIDDEN), RunStatus.ERROR,
                "Lincheck reported the execution hung, not this experiment's race");
        run.add(MutantFixtures.mutant("fresh-lock", hung));
        run.add(MutantFixtures.mutant("fresh-lock", run("x", "x", Tool.JCSTRESS, SYNC_STRESS, FORBIDDEN, 0, 1000)));
        run.add(MutantFixtures.mutant("fresh-lock", run("x", "x", Tool.JUNIT, "Seed#synchronized", FORBIDDEN, 0, 20)));
        GateVerdict gate = Gate.evaluate(MutantFixtures.catalog(), run, RacePolicy.DETERMINISTIC, MutantSelection.NONE);
        assertThat(verdict(gate, "fresh-lock").status()).isEqualTo(MutantStatus.ERROR);
        assertThat(gate.failures()).extracting(Finding::line).containsExactly(
                "counter/synchronized~fresh-lock [lincheck Spec_synchronized]: experiment ended in ERROR: "
                        + "Lincheck reported the execution hung, not this experiment's race");
    }

    @Test
    void evidenceForAnUndeclaredMutantFails() {
        List<Experiment> run = MutantFixtures.variants();
        run.add(run("counter", "synchronized", Tool.JUNIT, "Seed#synchronized", FORBIDDEN, 1, 20)
                .boundTo("counter", "synchronized", "ghost"));
        assertThat(Gate.evaluate(MutantFixtures.catalog(), run, RacePolicy.DETERMINISTIC).failures()).extracting(Finding::line)
                .containsExactly("counter/synchronized~ghost [junit Seed#synchronized]: evidence for a mutant the "
                        + "catalog does not declare");
    }

    @Test
    void aRacyVariantCannotHaveMutants() {
        Variant plain = TestCatalogs.counter().variant("counter", "plain").orElseThrow();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> plain.withMutants(Mutant.of("m", "x.M", "m", Tool.JUNIT)));
        assertThat(plain.kind()).isEqualTo(VariantKind.RACY);
    }

    @Test
    void theGateBudgetRunsMutantsThroughEveryToolButJcstress() {
        List<Experiment> run = MutantFixtures.gateRun(3);
        run.removeIf(e -> e.ofMutant() && e.tool() == Tool.JCSTRESS);
        GateVerdict gate = Gate.evaluate(MutantFixtures.catalog(), run, RacePolicy.DETERMINISTIC, MutantSelection.GATE);
        assertThat(verdict(gate, "fresh-lock").tools()).extracting(ToolKill::outcome)
                .containsExactly(KillOutcome.NOT_RUN, KillOutcome.KILLED, KillOutcome.KILLED);
        assertThat(verdict(gate, "unsynchronized-get").status()).isEqualTo(MutantStatus.NOT_RUN);
        assertThat(gate.failures()).isEmpty();
        GateVerdict all = Gate.evaluate(MutantFixtures.catalog(), run, RacePolicy.DETERMINISTIC, MutantSelection.ALL);
        assertThat(all.failures()).extracting(Finding::line).contains(
                "counter/synchronized~fresh-lock [jcstress x.CounterStress.Synchronized]: no evidence from this "
                        + "declared experiment with the mutant in place");
    }
}
