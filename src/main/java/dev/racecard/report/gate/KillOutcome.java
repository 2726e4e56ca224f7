package dev.racecard.report.gate;

/** One cell of the kill matrix: what one tool's experiments made of one mutant. */
public enum KillOutcome {
    KILLED,
    SURVIVED,
    ERROR,
    /** The mutant does not run through this tool's experiments. */
    NOT_APPLICABLE,
    NOT_RUN
}
