package dev.racecard.report.model;

/** Settings an experiment may carry that the report shows in their own place rather than in the settings list. */
public final class SettingKeys {

    /** What the test checks, in its author's words (jcstress's {@code @Description}): the card's description. */
    public static final String DESCRIPTION = "description";
    /** The measured wall time of the jcstress run a test was part of: jcstress records none per test. */
    public static final String JCSTRESS_RUN = "jcstress run";

    private SettingKeys() {
    }
}
