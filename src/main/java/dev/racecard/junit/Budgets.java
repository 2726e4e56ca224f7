package dev.racecard.junit;

import dev.racecard.reproduce.Reproduce;

/**
 * Experiments' budgets scale together: {@value Reproduce#SCALE_PROPERTY} multiplies trials and
 * Lincheck scenarios (1, the default, is the gate budget; Racecard's own {@code -Pthorough} sets 5).
 */
public final class Budgets {

    private Budgets() {
    }

    public static int scale() {
        return Math.max(1, Integer.getInteger(Reproduce.SCALE_PROPERTY, 1));
    }

    /** @param gateTrials the number of trials under the gate budget */
    public static int trials(int gateTrials) {
        return gateTrials * scale();
    }
}
