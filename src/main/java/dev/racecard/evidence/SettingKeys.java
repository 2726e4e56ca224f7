package dev.racecard.evidence;

/** Settings an experiment may carry that the report shows in their own place rather than in the settings list. */
public final class SettingKeys {

    /** What the test checks, in its author's words (jcstress's {@code @Description}): the card's description. */
    public static final String DESCRIPTION = "description";
    /**
     * What a deterministic tool explored (Lincheck: its budget, and whether it found the race): how
     * sure its result is, in place of a sampling bound.
     */
    public static final String EFFORT = "effort";
    /** The measured wall time of the jcstress run a test was part of: jcstress records none per test. */
    public static final String JCSTRESS_RUN = "jcstress run";
    /** Evidence restored from the history rather than run: the name of the run that recorded it ({@link ReusedEvidence}). */
    public static final String REUSED_FROM = "reused from run";
    /** When reused evidence was recorded, an ISO-8601 instant. */
    public static final String REUSED_RECORDED_AT = "reused, recorded at";
    /** How old reused evidence was when the report read it ("3 h"): added by the report, carried by racecard.json. */
    public static final String REUSED_AGE = "reused, age";

    /** Why trials ended before their count, in words: a mutant's kill, a time budget. */
    public static final String STOPPED = "stopped";
    /**
     * A racy variant's trials that ended at the race, and where: their counts are no rate (a count
     * that stops at a race is biased towards it), so the report shows the race seen, not an interval.
     */
    public static final String STOPPED_AT_RACE = "stopped at the race";

    private SettingKeys() {
    }
}
