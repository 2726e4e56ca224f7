package dev.racecard.report.gate;

/** What a run proved about one positive control (a mutant of a correct variant). */
public enum MutantStatus {
    /** The gate failed it: the experiments catch this mistake. */
    KILLED,
    /** It passed every experiment it ran through: the experiments cannot be shown to catch it. */
    SURVIVED,
    /** It survived, and the catalog says why no tool can see it here. */
    BLIND_SPOT,
    /** An experiment it ran through errored or timed out: no verdict either way. */
    ERROR,
    /** This run's mutant selection did not include it. */
    NOT_RUN
}
