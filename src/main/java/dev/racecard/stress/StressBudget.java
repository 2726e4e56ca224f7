package dev.racecard.stress;

import java.util.List;
import java.util.Map;

/**
 * The jcstress budget vocabulary of {@code racecard.jcstress.budget}, for one jcstress run over a
 * project's tests: a budget's name, or a jcstress option line run as it is. Racecard's own build
 * splits its tests into groups with measured options (the stress-run driver's {@code StressBudgets});
 * a user's project runs all its tests under one of these.
 */
public final class StressBudget {

    /**
     * The named budgets: {@code sanity} (each test a moment: does it run at all; jcstress never
     * samples termination tests in it), {@code gate} (the options of Racecard's own gate budget for
     * interleaving races: jcstress's JVM configuration matrix, one iteration each) and
     * {@code thorough} (jcstress's default mode).
     */
    public static final Map<String, String> NAMED = Map.of(
            "sanity", "-m sanity",
            "gate", "-m quick -iters 1 -sc false",
            "thorough", "-m default");

    /** Options the driver sets itself. */
    private static final List<String> RESERVED = List.of("-r", "-t");

    private StressBudget() {
    }

    /**
     * The jcstress options of a budget.
     *
     * @throws IllegalArgumentException naming the budgets, for anything else
     */
    public static List<String> options(String budget) {
        String line = budget == null ? "" : budget.strip();
        String named = NAMED.get(line);
        if (named != null) {
            return List.of(named.split("\\s+"));
        }
        if (!line.startsWith("-")) {
            throw new IllegalArgumentException("unknown jcstress budget '" + line + "': gate, thorough, sanity, "
                    + "or a jcstress option line such as '-m quick -iters 1'");
        }
        List<String> options = List.of(line.split("\\s+"));
        for (String option : options) {
            if (RESERVED.contains(option)) {
                throw new IllegalArgumentException("jcstress budget '" + line + "' sets " + option
                        + ", which racecard:stress sets itself (use the tests and resultsDirectory parameters)");
            }
        }
        return options;
    }
}
