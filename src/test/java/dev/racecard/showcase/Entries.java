package dev.racecard.showcase;

import dev.racecard.catalog.ExperimentRef;
import dev.racecard.catalog.Tool;

/** Shared by the per-pattern catalog entries. */
public final class Entries {
    /** Package prefix of the code under test. */
    public static final String PATTERNS = "dev.racecard.showcase.";
    /** Package prefix of the jcstress tests (the stress/ source root) and of the experiments. */
    public static final String STRESS = "dev.racecard.showcase.";

    private Entries() {
    }

    /** @param test the jcstress test, relative to {@link #STRESS} */
    public static ExperimentRef jcstress(String test) {
        return new ExperimentRef(Tool.JCSTRESS, STRESS + test);
    }

    /** @param testId the experiment's test id, relative to {@link #STRESS} */
    public static ExperimentRef lincheck(String testId) {
        return new ExperimentRef(Tool.LINCHECK, STRESS + testId);
    }

    public static ExperimentRef junit(String testId) {
        return new ExperimentRef(Tool.JUNIT, STRESS + testId);
    }

    public static ExperimentRef childJvm(String testId) {
        return new ExperimentRef(Tool.CHILD_JVM, testId);
    }
}
