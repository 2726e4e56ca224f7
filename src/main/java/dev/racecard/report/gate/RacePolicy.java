package dev.racecard.report.gate;

/** What to do when a racy variant's experiment did not reproduce its race. */
public enum RacePolicy {
    /** Every experiment of a racy variant must show the race. */
    STRICT,
    /**
     * The default: an experiment of a deterministic tool (Lincheck model checking) must show the
     * race; a sampling tool (jcstress, JUnit) that missed it only warns. Either way at least one
     * experiment must show it.
     */
    DETERMINISTIC,
    /** Not reproducing a race only ever warns. Correct variants are still gated. */
    WARN
}
