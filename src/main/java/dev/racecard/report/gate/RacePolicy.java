package dev.racecard.report.gate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What to do when a racy variant's experiment did not reproduce its race, or a correct variant's silence is uncalibrated. */
public enum RacePolicy {
    /** Every experiment of a racy variant must show the race; an inconclusive correct variant fails. */
    STRICT,
    /**
     * The default: an experiment of a deterministic tool (Lincheck model checking) must show the
     * race; a sampling tool (jcstress, JUnit) that missed it only warns. Either way at least one
     * experiment must show it. Inconclusive warns.
     */
    DETERMINISTIC,
    /** Not reproducing a race only ever warns. Correct variants are still gated. */
    WARN;

    /** As the CLI and racecard.json spell it: strict, deterministic, warn. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RacePolicy parse(String text) {
        for (RacePolicy p : values()) {
            if (p.id().equals(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown race policy '" + text + "' (expected strict, deterministic or warn)");
    }
}
