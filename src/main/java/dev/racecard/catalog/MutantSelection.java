package dev.racecard.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Which mutants a run puts in their variants' places ({@code racecard.mutants}). */
public enum MutantSelection {
    /** None: the run says nothing about what its experiments could catch. */
    NONE,
    /**
     * What the gate budget can afford (the default): every mutant not marked thorough-only,
     * through its tools but jcstress. A mutant's jcstress run is its variant's tests again in
     * fresh forks, 15 s to 2 min each on 2 cores, which would double {@code mvn verify}.
     */
    GATE,
    /** Every declared mutant: the mutants run and the thorough budget. */
    ALL;

    /** Whether a run with this selection puts {@code mutant} in its variant's place in {@code tool}'s experiments. */
    public boolean runs(Mutant mutant, Tool tool) {
        return mutant.tools().contains(tool) && switch (this) {
            case NONE -> false;
            case GATE -> !mutant.thoroughOnly() && tool != Tool.JCSTRESS;
            case ALL -> true;
        };
    }

    /** Whether a run with this selection puts {@code mutant} in place in any of its tools' experiments. */
    public boolean runs(Mutant mutant) {
        return mutant.tools().stream().anyMatch(t -> runs(mutant, t));
    }

    @JsonCreator
    public static MutantSelection parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown mutant selection '" + text + "' (none, gate or all)");
        }
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
