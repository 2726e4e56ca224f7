package dev.racecard.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the outcome of each trial into a histogram: every outcome declared up front (one never
 * observed still shows, with count 0), in declaration order. The one tally behind repeated
 * trials, whether a user's test runs them through the extension or this repository's experiments do.
 */
public final class OutcomeTally {

    private record Bucket(String description, Expectation expectation, long[] count) {
    }

    private final Map<String, Bucket> buckets = new LinkedHashMap<>();

    public void declare(String id, String description, Expectation expectation) {
        buckets.put(id, new Bucket(description, expectation, new long[1]));
    }

    public boolean isEmpty() {
        return buckets.isEmpty();
    }

    /** @throws IllegalArgumentException for an outcome nobody declared */
    public void observe(String id) {
        Bucket bucket = buckets.get(id);
        if (bucket == null) {
            throw new IllegalArgumentException("undeclared outcome '" + id + "'");
        }
        bucket.count()[0]++;
    }

    /** Refines an outcome's description once the trials are in, e.g. with how much was lost. */
    public void describe(String id, String description) {
        Bucket old = buckets.get(id);
        buckets.put(id, new Bucket(description, old.expectation(), old.count()));
    }

    public long count(String id) {
        return buckets.get(id).count()[0];
    }

    public boolean observed(Expectation expectation) {
        return buckets.values().stream().anyMatch(b -> b.expectation() == expectation && b.count()[0] > 0);
    }

    public List<Outcome> outcomes() {
        List<Outcome> outcomes = new ArrayList<>();
        buckets.forEach((id, b) -> outcomes.add(new Outcome(id, b.description(), b.count()[0], b.expectation())));
        return outcomes;
    }
}
