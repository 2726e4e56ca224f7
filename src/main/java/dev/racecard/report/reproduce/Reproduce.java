package dev.racecard.report.reproduce;

import dev.racecard.catalog.Tool;

import java.util.Map;

/** Placeholder until the focus branch lands: the one command that re-runs one experiment. */
public final class Reproduce {

    private Reproduce() {
    }

    public static String command(Tool tool, String testId, String pattern, String variant, String mutant,
                                 Map<String, String> settings) {
        return null;
    }
}
