package dev.racecard.report.gate;

/** The verdict on one variant, as the summary matrix shows it. */
public enum VariantStatus {
    /** Racy, and at least one experiment observed the race. */
    RACE_DEMONSTRATED,
    /** Correct, and no experiment observed a forbidden outcome. */
    NEVER_FORBIDDEN,
    /** Racy, and the race was not observed; the policy decided this only warns. */
    NOT_REPRODUCED,
    /** The gate failed on this variant. */
    FAILED
}
