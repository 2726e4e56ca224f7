package dev.racecard.catalog;

/** Shared by the per-pattern catalog entries. */
final class Entries {
    /** Package prefix of the code under test. */
    static final String PATTERNS = "dev.racecard.patterns.";
    /** Package prefix of the jcstress tests (the stress/ source root) and of the experiments. */
    static final String STRESS = "dev.racecard.";

    private Entries() {
    }

    /** @param test the jcstress test, relative to {@link #STRESS} */
    static ExperimentRef jcstress(String test) {
        return new ExperimentRef(Tool.JCSTRESS, STRESS + test);
    }

    /** @param testId the experiment's test id, relative to {@link #STRESS} */
    static ExperimentRef lincheck(String testId) {
        return new ExperimentRef(Tool.LINCHECK, STRESS + testId);
    }

    static ExperimentRef junit(String testId) {
        return new ExperimentRef(Tool.JUNIT, STRESS + testId);
    }

    static ExperimentRef childJvm(String testId) {
        return new ExperimentRef(Tool.CHILD_JVM, testId);
    }
}
