package dev.racecard.junit;

import dev.racecard.reproduce.Reproduce;

import java.util.Map;

/**
 * Experiments' budgets scale together: {@value Reproduce#SCALE_PROPERTY} multiplies trials and
 * Lincheck scenarios (1, the default, is the gate budget; Racecard's own {@code -Pthorough} sets 5,
 * and runs racy variants' trials in full).
 */
public final class Budgets {

    private Budgets() {
    }

    public static int scale() {
        return Math.max(1, Integer.getInteger(Reproduce.SCALE_PROPERTY, 1));
    }

    /**
     * What a reproduce line needs to run this experiment again as it ran: that the extension
     * recorded it, under which runner ({@value Reproduce#RUNNER_PROPERTY}: failsafe or, by default,
     * surefire) and at which scale.
     */
    static void recordRunSettings(Map<String, String> settings) {
        settings.put(Reproduce.RECORDED_BY_SETTING, Reproduce.JUNIT_EXTENSION);
        String runner = System.getProperty(Reproduce.RUNNER_PROPERTY, "");
        if (!runner.isBlank()) {
            settings.put(Reproduce.RUNNER_SETTING, runner.strip());
        }
        if (scale() != 1) {
            settings.put(Reproduce.SCALE_SETTING, Integer.toString(scale()));
        }
        if (fullTrials()) {
            settings.put(Reproduce.FULL_TRIALS_SETTING, "true");
        }
    }

    /**
     * Whether a racy variant's trials run their full count ({@value Reproduce#FULL_TRIALS_PROPERTY},
     * set by Racecard's own {@code -Pthorough}) rather than stop at the first race.
     */
    public static boolean fullTrials() {
        return Boolean.getBoolean(Reproduce.FULL_TRIALS_PROPERTY);
    }

    /** @param gateTrials the number of trials under the gate budget */
    public static int trials(int gateTrials) {
        return gateTrials * scale();
    }
}
