package dev.racecard.report.merge;

import dev.racecard.catalog.Tool;
import dev.racecard.report.merge.MergedDocument.MergedExperiment;
import dev.racecard.report.merge.MergedDocument.MergedOutcome;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.model.Outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the runs of one tool's test side by side: one merged experiment per (tool, test), in order
 * of first appearance, with the union of their outcomes, counted per environment. Pure.
 */
final class ExperimentAlignment {

    private ExperimentAlignment() {
    }

    private record Key(Tool tool, String testId) {
    }

    /** Lines up the same tool and test across environments, and their outcomes by id. */
    static List<MergedExperiment> align(Map<String, List<Experiment>> byLabel) {
        Map<Key, Map<String, Experiment>> runs = new LinkedHashMap<>();
        byLabel.forEach((label, list) -> list.forEach(e ->
                runs.computeIfAbsent(new Key(e.tool(), e.testId()), k -> new LinkedHashMap<>()).putIfAbsent(label, e)));
        List<MergedExperiment> merged = new ArrayList<>();
        runs.forEach((key, byEnv) -> merged.add(experiment(key, byEnv)));
        return merged;
    }

    private static MergedExperiment experiment(Key key, Map<String, Experiment> byLabel) {
        Map<String, MergedDocument.Run> runs = new LinkedHashMap<>();
        Map<String, Outcome> declared = new LinkedHashMap<>();
        byLabel.forEach((label, e) -> {
            runs.put(label, new MergedDocument.Run(e.status(), e.durationMillis(), e.totalCount(), e.counterexample(),
                    e.messages(), e.environment(), e.settings()));
            e.outcomes().forEach(o -> declared.putIfAbsent(o.id(), o));
        });
        List<MergedOutcome> outcomes = new ArrayList<>();
        for (Outcome o : declared.values()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            byLabel.forEach((label, e) -> counts.put(label, e.outcomes().stream()
                    .filter(x -> x.id().equals(o.id())).mapToLong(Outcome::count).sum()));
            outcomes.add(new MergedOutcome(o.id(), o.description(), o.expectation(), counts));
        }
        return new MergedExperiment(key.tool(), key.testId(), runs, outcomes);
    }
}
