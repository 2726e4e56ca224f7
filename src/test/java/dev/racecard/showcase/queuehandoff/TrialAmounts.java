package dev.racecard.showcase.queuehandoff;

import dev.racecard.junit.Trials;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How much went wrong in the trials of each outcome (items lost per trial, exception types), so
 * that the evidence says not only how often but how badly: each amount refines the description of
 * its outcome, for the outcomes this was told how to describe.
 */
final class TrialAmounts {
    private final Trials trials;
    private final Map<String, List<Integer>> amounts = new HashMap<>();
    private final Map<String, Described> described = new HashMap<>();
    private final TreeSet<String> exceptions = new TreeSet<>();
    private String exceptionOutcome;
    private String exceptionDescription;

    private record Described(String text, String unit) {
    }

    TrialAmounts(Trials trials) {
        this.trials = trials;
    }

    /** Describes {@code outcome} as "description (2 to 950 unit per trial, 4,321 in all)" once it has amounts. */
    TrialAmounts counting(String outcome, String description, String unit) {
        described.put(outcome, new Described(description, unit));
        return this;
    }

    /** Describes {@code outcome} as "description (the exception types seen)" once an exception came. */
    TrialAmounts exceptions(String outcome, String description) {
        exceptionOutcome = outcome;
        exceptionDescription = description;
        return this;
    }

    void add(String outcome, int amount) {
        List<Integer> seen = amounts.computeIfAbsent(outcome, k -> new ArrayList<>());
        seen.add(amount);
        Described how = described.get(outcome);
        if (how != null) {
            int min = seen.stream().mapToInt(Integer::intValue).min().orElse(0);
            int max = seen.stream().mapToInt(Integer::intValue).max().orElse(0);
            long sum = seen.stream().mapToLong(Integer::longValue).sum();
            trials.describe(outcome, String.format("%s (%,d to %,d %s per trial, %,d in all)", how.text(), min, max,
                    how.unit(), sum));
        }
    }

    void exception(Throwable t) {
        exceptions.add(t.getClass().getSimpleName());
        if (exceptionOutcome != null) {
            trials.describe(exceptionOutcome, exceptionDescription + " (" + String.join(", ", exceptions) + ")");
        }
    }
}
