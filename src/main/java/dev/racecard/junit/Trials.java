package dev.racecard.junit;

import dev.racecard.catalog.Tool;
import dev.racecard.evidence.EnvironmentInfo;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.Outcome;
import dev.racecard.evidence.OutcomeTally;
import dev.racecard.evidence.RunStatus;
import dev.racecard.evidence.SettingKeys;
import dev.racecard.reproduce.Reproduce;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * Repeated trials of a variant's program, recorded as one outcome histogram. Declare every
 * outcome first (one never observed still shows, with count 0), then {@link #run} the trial:
 *
 * <pre>{@code
 * evidence.trials(50)
 *         .acceptable("exact", "every increment counted")
 *         .race("lost", "some increments were lost")
 *         .run(() -> countWithTwoThreads(new PlainCounter()) == 2_000 ? "exact" : "lost");
 * }</pre>
 *
 * {@link #race} is graded by the variant's kind: the race showing itself (interesting) for a racy
 * variant, forbidden for a correct one. A racy variant's trials stop at its first race, as a
 * mutant's stop at its first forbidden outcome ({@link Budgets#fullTrials} runs them all); a
 * correct variant's always run their full count, which its bound is computed from.
 *
 * <p>While the trials run, the trial itself may refine what the evidence says: {@link #describe} an
 * outcome with how much went wrong so far, record a {@link #setting}, or declare an outcome no
 * subject is expected to reach when it sees it ({@link #forbidden}), so that it shows only if it
 * happened.
 */
public final class Trials {

    private final Evidence evidence;
    private final Tool tool;
    private final int count;
    private final OutcomeTally tally = new OutcomeTally();
    private final Map<String, Expectation> declared = new HashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private BooleanSupplier enough = () -> false;
    private String enoughBecause;

    Trials(Evidence evidence, Tool tool, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("trials(" + count + "): at least one trial");
        }
        this.evidence = evidence;
        this.tool = tool;
        this.count = count;
        settings.put("trials", Integer.toString(count));
    }

    /** An outcome that is fine for every variant. */
    public Trials acceptable(String id, String description) {
        return outcome(id, description, Expectation.ACCEPTABLE);
    }

    /** The race's outcome: interesting for a racy variant, forbidden for a correct one. */
    public Trials race(String id, String description) {
        return outcome(id, description, evidence.raceExpectation());
    }

    /** An outcome that no variant may show (an impossible one is forbidden, never the race). */
    public Trials forbidden(String id, String description) {
        return outcome(id, description, Expectation.FORBIDDEN);
    }

    /** A second declaration of an outcome changes nothing: a trial may declare what it saw each time it sees it. */
    private Trials outcome(String id, String description, Expectation expectation) {
        Expectation earlier = declared.putIfAbsent(id, expectation);
        if (earlier == null) {
            tally.declare(id, description, expectation);
        } else if (earlier != expectation) {
            throw new IllegalStateException("outcome '" + id + "' declared " + earlier + ", then " + expectation);
        }
        return this;
    }

    /** Refines an outcome's description, e.g. with how much was lost so far; the last one is recorded. */
    public Trials describe(String id, String description) {
        tally.describe(id, description);
        return this;
    }

    /**
     * A setting that shaped the trials, shown with the evidence (threads, items, the disk used);
     * {@code "trials"} replaces the count recorded by default, e.g. to say how a time budget set it.
     */
    public Trials setting(String name, Object value) {
        settings.put(name, String.valueOf(value));
        return this;
    }

    /**
     * Ends the trials before the next one once {@code enough} holds, and records {@code why}: for a
     * time budget, or trials that cost more with each hang they find. A mutant's trials also end at
     * its first forbidden outcome, which kills it, and a racy variant's at its first race.
     */
    public Trials stopWhen(BooleanSupplier enough, String why) {
        this.enough = enough;
        this.enoughBecause = why;
        return this;
    }

    /**
     * Runs the trials, each returning the id of a declared outcome, and records the histogram.
     * A trial that throws, or returns an undeclared outcome, records the experiment as an error
     * and fails the test.
     *
     * @return the count of each outcome, by id (none when a reproduce line's focus,
     *         {@code racecard.focus}, names another experiment: then nothing runs)
     */
    public Map<String, Long> run(Callable<String> trial) throws Exception {
        if (tally.isEmpty()) {
            throw new IllegalStateException("declare the outcomes before running the trials");
        }
        if (!evidence.runs(tool)) {
            return Map.of(); // a reproduce line's focus names another experiment, or this mutant skips this tool
        }
        boolean mutant = evidence.subject().mutant() != null;
        boolean stopAtRace = !mutant && evidence.raceExpectation() == Expectation.INTERESTING && !Budgets.fullTrials();
        long start = System.nanoTime();
        Exception failure = null;
        int ran = 0;
        String stopKey = SettingKeys.STOPPED;
        String stopped = null;
        try {
            for (; ran < count; ran++) {
                if (mutant && tally.observed(Expectation.FORBIDDEN)) {
                    // a mutant is killed by its first forbidden outcome: further trials would only cost time
                    stopped = "after " + ran + " trials, at the first forbidden outcome: one kills a mutant";
                    break;
                }
                if (stopAtRace && tally.observed(Expectation.INTERESTING)) {
                    // One race seen demonstrates it, all the gate asks of a racy variant; the trials
                    // that show it are its dearest (a child killed as hung, a thread stuck at its bound).
                    stopKey = SettingKeys.STOPPED_AT_RACE;
                    stopped = "after " + ran + " of " + count + " trials, at the first race: one demonstrates it; -D"
                            + Reproduce.FULL_TRIALS_PROPERTY + "=true runs them all";
                    break;
                }
                if (ran > 0 && enough.getAsBoolean()) {
                    stopped = "after " + ran + " trials: " + enoughBecause;
                    break;
                }
                tally.observe(trial.call());
            }
        } catch (Exception e) {
            failure = e;
        }
        if (failure == null && stopped != null) {
            settings.put(stopKey, stopped);
        }
        Budgets.recordRunSettings(settings); // for the reproduce line
        List<Outcome> outcomes = tally.outcomes();
        Map<String, Long> counts = new LinkedHashMap<>();
        outcomes.forEach(o -> counts.put(o.id(), o.count()));
        RunStatus status = failure == null ? RunStatus.OK : RunStatus.ERROR;
        List<String> messages = failure == null ? List.of() : List.of("trial " + (ran + 1) + " failed: " + failure);
        evidence.record(new Experiment(evidence.pattern(), evidence.variant().id(), evidence.subject().mutantId(), tool,
                evidence.testId(), status, failure == null ? outcomes : List.of(), null, messages,
                EnvironmentInfo.current(), settings, List.of(), (System.nanoTime() - start) / 1_000_000));
        if (failure != null) {
            throw failure;
        }
        return counts;
    }
}
