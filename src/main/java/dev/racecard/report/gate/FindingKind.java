package dev.racecard.report.gate;

/** What a finding is about; readers (renderers, merge, CI) branch on this, never on the message text. */
public enum FindingKind {
    /** A correct variant (or a mutant in its place) showed an outcome graded forbidden. */
    FORBIDDEN_OUTCOME,
    /** Lincheck found an execution that breaks a correct variant (or a mutant in its place). */
    COUNTEREXAMPLE,
    /** The experiment errored, timed out or hit a tool failure of an unexpected kind. */
    RUN_ERROR,
    /** The experiment ran but produced no samples. */
    NO_SAMPLES,
    /** An experiment the catalog declares produced no evidence. */
    MISSING_EVIDENCE,
    /** Evidence from an experiment the catalog does not declare for that variant. */
    UNDECLARED_EVIDENCE,
    /** Evidence names a variant or mutant the catalog does not declare. */
    UNKNOWN_SUBJECT,
    /** One experiment of a racy variant did not show its race. */
    RACE_NOT_REPRODUCED,
    /** No experiment of a racy variant showed its race. */
    RACE_NOT_DEMONSTRATED,
    /** A correct variant's clean record from a tool that showed no race in its pattern here: proves nothing. */
    INCONCLUSIVE,
    /** A positive control passed every experiment it ran through. */
    MUTANT_SURVIVED,
    /** A mutant declared a blind spot was killed: the declaration is out of date. */
    BLIND_SPOT_KILLED,
    /** The run produced no evidence at all. */
    EMPTY_RUN,
    /** Merged runs disagree on whether a variant is racy or correct. */
    KINDS_DISAGREE,
    /** A variant some merged runs have is missing from another. */
    ABSENT_IN_ENVIRONMENT
}
