package dev.racecard.evidence;

import dev.racecard.catalog.Tool;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One tool's run of one test against one variant, the unit of evidence.
 *
 * @param pattern        the catalog pattern, or null for a test the catalog does not own
 * @param variant        the catalog variant, or null likewise
 * @param mutant         the variant's mutant that ran in its place (a positive control), or null
 *                       for the variant itself
 * @param tool           which tool produced it
 * @param testId         the tool's name for the test
 * @param status         whether it ran to completion
 * @param outcomes       the histogram: every declared or observed outcome with its count
 * @param counterexample the interleaving that showed the race, if the tool found one
 * @param messages       errors and warnings the tool printed
 * @param environment    JDK, OS, architecture, CPUs of the machine that ran it
 * @param settings       the tool settings that shaped the run
 * @param configurations per-configuration outcomes, where the tool runs several (jcstress)
 * @param durationMillis wall time of the run, or -1 if unknown
 */
public record Experiment(String pattern, String variant, String mutant, Tool tool, String testId, RunStatus status,
                         List<Outcome> outcomes, Counterexample counterexample, List<String> messages,
                         Map<String, String> environment, Map<String, String> settings,
                         List<ConfigurationRun> configurations, long durationMillis) {

    public Experiment {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(status, "status");
        outcomes = List.copyOf(outcomes);
        messages = messages == null ? List.of() : List.copyOf(messages);
        environment = ordered(environment);
        settings = ordered(settings);
        configurations = configurations == null ? List.of() : List.copyOf(configurations);
    }

    /** Evidence about a variant itself, not one of its mutants. */
    public Experiment(String pattern, String variant, Tool tool, String testId, RunStatus status,
                      List<Outcome> outcomes, Counterexample counterexample, List<String> messages,
                      Map<String, String> environment, Map<String, String> settings,
                      List<ConfigurationRun> configurations, long durationMillis) {
        this(pattern, variant, null, tool, testId, status, outcomes, counterexample, messages, environment, settings,
                configurations, durationMillis);
    }

    /** Keeps the insertion order, so reports list settings the way the tool reported them. */
    private static Map<String, String> ordered(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public long totalCount() {
        return outcomes.stream().mapToLong(Outcome::count).sum();
    }

    public long observed(Expectation expectation) {
        return outcomes.stream().filter(o -> o.expectation() == expectation).mapToLong(Outcome::count).sum();
    }

    /** The race showed itself: an interesting outcome was observed, or a counterexample found. */
    /** Its trials stopped at the first race ({@link SettingKeys#STOPPED_AT_RACE}): the count is no rate. */
    public boolean stoppedAtRace() {
        return settings.containsKey(SettingKeys.STOPPED_AT_RACE);
    }

    public boolean demonstratesRace() {
        return observed(Expectation.INTERESTING) > 0 || counterexample != null;
    }

    public Optional<Counterexample> counterexampleIfAny() {
        return Optional.ofNullable(counterexample);
    }

    public Experiment boundTo(String patternId, String variantId, String mutantId) {
        return new Experiment(patternId, variantId, mutantId, tool, testId, status, outcomes, counterexample, messages,
                environment, settings, configurations, durationMillis);
    }

    /** The same experiment with {@code more} settings after its own (a setting of the same name replaced in place). */
    public Experiment withSettings(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.putAll(more);
        return new Experiment(pattern, variant, mutant, tool, testId, status, outcomes, counterexample, messages,
                environment, all, configurations, durationMillis);
    }

    public boolean ofMutant() {
        return mutant != null;
    }
}
