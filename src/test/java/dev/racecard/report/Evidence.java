package dev.racecard.report;

import dev.racecard.catalog.Tool;
import dev.racecard.evidence.Counterexample;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.Outcome;
import dev.racecard.evidence.RunStatus;

import java.util.List;
import java.util.Map;

/** Crafted experiments for tests of the gate, the renderers and the CLI. */
public final class Evidence {

    private Evidence() {
    }

    /** An experiment that observed {@code raceCount} race outcomes among {@code total} samples. */
    public static Experiment run(String pattern, String variant, Tool tool, String testId,
                                 Expectation raceExpectation, long raceCount, long total) {
        return new Experiment(pattern, variant, tool, testId, RunStatus.OK, List.of(
                new Outcome("ok", "the expected result", total - raceCount, Expectation.ACCEPTABLE),
                new Outcome("lost", "an update was lost", raceCount, raceExpectation)),
                null, List.of(), Map.of("jdk", "17", "os", "Linux", "arch", "amd64", "cpus", "2"),
                Map.of("trials", Long.toString(total)), List.of(), 10);
    }

    public static Experiment lincheck(String pattern, String variant, boolean violation, Expectation violationExpectation) {
        return new Experiment(pattern, variant, Tool.LINCHECK, "Spec_" + variant, RunStatus.OK, List.of(
                new Outcome("linearizable", "no violation", violation ? 0 : 1, Expectation.ACCEPTABLE),
                new Outcome("non-linearizable", "violation", violation ? 1 : 0, violationExpectation)),
                violation ? new Counterexample("Invalid execution results", "| get(): 1 |") : null,
                List.of(), Map.of(), Map.of(), List.of(), 10);
    }

    /** {@code e} as a racy variant's trials record it when they stopped at the race. */
    public static Experiment stoppedAtRace(Experiment e) {
        Map<String, String> settings = new java.util.LinkedHashMap<>(e.settings());
        settings.put(dev.racecard.evidence.SettingKeys.STOPPED_AT_RACE, "after " + e.totalCount() + " trials, at the first race");
        return new Experiment(e.pattern(), e.variant(), e.tool(), e.testId(), e.status(), e.outcomes(),
                e.counterexample(), e.messages(), e.environment(), settings, e.configurations(), e.durationMillis());
    }

    public static Experiment withStatus(Experiment e, RunStatus status, String message) {
        return new Experiment(e.pattern(), e.variant(), e.tool(), e.testId(), status, e.outcomes(),
                e.counterexample(), List.of(message), e.environment(), e.settings(), e.configurations(),
                e.durationMillis());
    }
}
