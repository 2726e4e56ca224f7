package dev.racecard.evidence;

import java.util.Objects;

/**
 * One bar of a histogram: how often an outcome was observed.
 *
 * @param id          the outcome as the tool reports it, e.g. jcstress's "1" or "lost-update"
 * @param description what the outcome means, in plain words
 * @param count       how many times it was observed (0 = declared but never seen)
 * @param expectation its grading
 */
public record Outcome(String id, String description, long count, Expectation expectation) {

    public Outcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectation, "expectation");
        description = description == null ? "" : description;
        if (count < 0) {
            throw new IllegalArgumentException("negative count " + count + " for outcome " + id);
        }
    }

    public boolean observed() {
        return count > 0;
    }
}
