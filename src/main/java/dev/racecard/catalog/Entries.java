package dev.racecard.catalog;

import java.util.Set;

import static dev.racecard.catalog.Tool.JCSTRESS;
import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.Tool.LINCHECK;

/** Shared by the per-pattern catalog entries. */
final class Entries {
    /** Package prefix of the code under test. */
    static final String PATTERNS = "dev.racecard.patterns.";
    /** Package prefix of the jcstress tests (the stress/ source root). */
    static final String STRESS = "dev.racecard.";
    static final Set<Tool> ALL_THREE = Set.of(JCSTRESS, LINCHECK, JUNIT);

    private Entries() {
    }
}
