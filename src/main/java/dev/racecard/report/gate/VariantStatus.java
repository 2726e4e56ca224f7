package dev.racecard.report.gate;

/** The verdict on one variant, as the summary matrix shows it. */
public enum VariantStatus {
    /** Racy, and at least one experiment observed the race. */
    RACE_DEMONSTRATED,
    /** Correct, no experiment observed a forbidden outcome, and at least one tool's silence is calibrated. */
    NEVER_FORBIDDEN,
    /**
     * Correct, nothing forbidden, but no tool that ran it showed a race in its pattern (or killed
     * one of its mutants) in this environment: its silence proves nothing here.
     */
    INCONCLUSIVE,
    /** Racy, and the race was not observed; the policy decided this only warns. */
    NOT_REPRODUCED,
    /** The gate failed on this variant. */
    FAILED
}
