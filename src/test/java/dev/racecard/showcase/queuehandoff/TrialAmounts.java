package dev.racecard.showcase.queuehandoff;

import dev.racecard.evidence.TrialHistogram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How much went wrong in the trials of each outcome (items lost per trial, exception types), so
 * that the histogram says not only how often but how badly.
 */
final class TrialAmounts {
    private final Map<String, List<Integer>> amounts = new HashMap<>();
    private final TreeSet<String> exceptions = new TreeSet<>();

    void add(String outcome, int amount) {
        amounts.computeIfAbsent(outcome, k -> new ArrayList<>()).add(amount);
    }

    void exception(Throwable t) {
        exceptions.add(t.getClass().getSimpleName());
    }

    /** Appends "(2 to 950 items per trial, 4,321 in all)" to the outcome's description, if it happened. */
    void describe(TrialHistogram histogram, String outcome, String description, String unit) {
        List<Integer> seen = amounts.getOrDefault(outcome, List.of());
        if (seen.isEmpty()) {
            return;
        }
        int min = seen.stream().mapToInt(Integer::intValue).min().orElse(0);
        int max = seen.stream().mapToInt(Integer::intValue).max().orElse(0);
        long sum = seen.stream().mapToLong(Integer::longValue).sum();
        histogram.describe(outcome, String.format("%s (%,d to %,d %s per trial, %,d in all)",
                description, min, max, unit, sum));
    }

    /** Appends the exception types seen to the outcome's description, if any were. */
    void describeExceptions(TrialHistogram histogram, String outcome, String description) {
        if (!exceptions.isEmpty()) {
            histogram.describe(outcome, description + " (" + String.join(", ", exceptions) + ")");
        }
    }
}
