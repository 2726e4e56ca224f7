package dev.racecard.evidence;

import dev.racecard.junit.Subject;
import dev.racecard.catalog.Tool;
import dev.racecard.report.model.EnvironmentInfo;
import dev.racecard.report.model.Expectation;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.model.OutcomeTally;
import dev.racecard.report.model.RunStatus;
import dev.racecard.report.reproduce.Reproduce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the outcome of each trial of a JUnit experiment (a seed's program run as written,
 * many times) and records them as one histogram of evidence.
 */
public final class TrialHistogram {

    private final String pattern;
    private final String variant;
    private final String mutant;
    private final Tool tool;
    private final String testId;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final OutcomeTally tally = new OutcomeTally();
    private final long start = System.nanoTime();

    /**
     * Trials of {@code subject}, a variant or a mutant in its place, under the experiment's test id;
     * skips the experiment when a reproduce line's focus names another one.
     */
    public TrialHistogram(Subject subject, Tool tool, String testId) {
        this(subject.pattern(), subject.variantId(), subject.mutantId(), tool, testId);
        Subjects.skipUnlessFocused(tool, testId);
    }

    private TrialHistogram(String pattern, String variant, String mutant, Tool tool, String testId) {
        this.pattern = pattern;
        this.variant = variant;
        this.mutant = mutant;
        this.tool = tool;
        this.testId = testId;
    }

    /** Declares an outcome up front, so that one never observed still shows with count 0. */
    public TrialHistogram outcome(String id, String description, Expectation expectation) {
        tally.declare(id, description, expectation);
        return this;
    }

    public TrialHistogram setting(String name, Object value) {
        settings.put(name, String.valueOf(value));
        return this;
    }

    public void observe(String outcomeId) {
        tally.observe(outcomeId);
    }

    /** Refines an outcome's description once the trials are in, e.g. with how much was lost. */
    public void describe(String outcomeId, String description) {
        tally.describe(outcomeId, description);
    }

    /**
     * Whether the trials already decided the subject's fate: a mutant is killed by its first
     * forbidden outcome, so its further trials would only cost time. A variant is never decided
     * early: its clean record is worth its whole budget.
     */
    public boolean killed() {
        return mutant != null && tally.observed(Expectation.FORBIDDEN);
    }

    public long count(String outcomeId) {
        return tally.count(outcomeId);
    }

    /** Writes the evidence file; call it before asserting, so a failing trial is on record. */
    public Experiment record() {
        if (killed()) {
            settings.put("stopped", "after the first forbidden outcome: one kills a mutant");
        }
        settings.put(Reproduce.SCALE_SETTING, Integer.toString(Budgets.scale())); // for the reproduce line
        Experiment experiment = new Experiment(pattern, variant, mutant, tool, testId, RunStatus.OK, tally.outcomes(), null,
                List.of(), EnvironmentInfo.current(), settings, List.of(), (System.nanoTime() - start) / 1_000_000);
        EvidenceSink.record(experiment);
        return experiment;
    }
}
