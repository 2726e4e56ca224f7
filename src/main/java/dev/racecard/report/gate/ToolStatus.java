package dev.racecard.report.gate;

/** What one tool's experiments showed about one variant: a cell of the summary matrix. */
public enum ToolStatus {
    /** The variant declares no experiment of this tool, and there is no evidence from it. */
    NOT_APPLICABLE,
    NO_EVIDENCE,
    /** An experiment errored, timed out or produced no samples. */
    ERROR,
    /** A forbidden outcome or a counterexample (for a correct variant: the gate fails). */
    FORBIDDEN,
    /** Correct, nothing forbidden, and the tool showed it can see this pattern's race here. */
    NEVER_FORBIDDEN,
    /** Correct, nothing forbidden, but the tool showed no race in this pattern here: proves nothing. */
    INCONCLUSIVE,
    /** Racy, and the tool saw the race (an interesting outcome or a counterexample). */
    RACE_SEEN,
    /** Racy, and the tool did not see the race. */
    NOT_REPRODUCED
}
