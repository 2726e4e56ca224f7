package dev.racecard.evidence;

import dev.racecard.catalog.Tool;
import dev.racecard.report.model.EnvironmentInfo;
import dev.racecard.report.model.Expectation;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.model.Outcome;
import dev.racecard.report.model.RunStatus;
import dev.racecard.report.reproduce.Reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the outcome of each trial of a JUnit experiment (a seed's program run as written,
 * many times) and records them as one histogram of evidence.
 */
public final class TrialHistogram {

    private record Bucket(String description, Expectation expectation, long[] count) {
    }

    private final String pattern;
    private final String variant;
    private final String mutant;
    private final Tool tool;
    private final String testId;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final Map<String, Bucket> buckets = new LinkedHashMap<>();
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
        buckets.put(id, new Bucket(description, expectation, new long[1]));
        return this;
    }

    public TrialHistogram setting(String name, Object value) {
        settings.put(name, String.valueOf(value));
        return this;
    }

    public void observe(String outcomeId) {
        Bucket bucket = buckets.get(outcomeId);
        if (bucket == null) {
            throw new IllegalArgumentException("undeclared outcome " + outcomeId);
        }
        bucket.count()[0]++;
    }

    /** Refines an outcome's description once the trials are in, e.g. with how much was lost. */
    public void describe(String outcomeId, String description) {
        Bucket old = buckets.get(outcomeId);
        buckets.put(outcomeId, new Bucket(description, old.expectation(), old.count()));
    }

    /**
     * Whether the trials already decided the subject's fate: a mutant is killed by its first
     * forbidden outcome, so its further trials would only cost time. A variant is never decided
     * early: its clean record is worth its whole budget.
     */
    public boolean killed() {
        return mutant != null && buckets.values().stream()
                .anyMatch(b -> b.expectation() == Expectation.FORBIDDEN && b.count()[0] > 0);
    }

    public long count(String outcomeId) {
        return buckets.get(outcomeId).count()[0];
    }

    /** Writes the evidence file; call it before asserting, so a failing trial is on record. */
    public Experiment record() {
        if (killed()) {
            settings.put("stopped", "after the first forbidden outcome: one kills a mutant");
        }
        settings.put(Reproduce.SCALE_SETTING, Integer.toString(Budgets.scale())); // for the reproduce line
        List<Outcome> outcomes = new ArrayList<>();
        buckets.forEach((id, b) -> outcomes.add(new Outcome(id, b.description(), b.count()[0], b.expectation())));
        Experiment experiment = new Experiment(pattern, variant, mutant, tool, testId, RunStatus.OK, outcomes, null,
                List.of(), EnvironmentInfo.current(), settings, List.of(), (System.nanoTime() - start) / 1_000_000);
        EvidenceSink.record(experiment);
        return experiment;
    }
}
