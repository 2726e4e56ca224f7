package dev.racecard.evidence;

/**
 * The experiments' budgets scale together: {@code racecard.experiment.scale} is 1 for the gate
 * budget (the default of {@code mvn verify}) and 5 under {@code -Pthorough}.
 */
public final class Budgets {

    private Budgets() {
    }

    public static int scale() {
        return Math.max(1, Integer.getInteger("racecard.experiment.scale", 1));
    }

    /** @param gateTrials the number of trials under the gate budget */
    public static int trials(int gateTrials) {
        return gateTrials * scale();
    }
}
