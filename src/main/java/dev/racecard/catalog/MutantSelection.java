package dev.racecard.catalog;

import java.util.Locale;

/** Which mutants a run puts in their variants' places ({@code racecard.mutants}). */
public enum MutantSelection {
    /** None: the run says nothing about what its experiments could catch. */
    NONE,
    /** The mutants the gate budget can afford: every one not marked thorough-only (the default). */
    GATE,
    /** Every declared mutant: the mutants run and the thorough budget. */
    ALL;

    public static MutantSelection parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown mutant selection '" + text + "' (none, gate or all)");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
