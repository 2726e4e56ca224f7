package dev.racecard.evidence;

/** How an outcome is graded, in jcstress's terms. */
public enum Expectation {
    /** Allowed, and not what the experiment is looking for. */
    ACCEPTABLE,
    /** Allowed, and the race showing itself: what a racy variant must demonstrate. */
    INTERESTING,
    /** Must never happen. Observing it fails the gate. */
    FORBIDDEN
}
