package dev.racecard.stressrun;

import dev.racecard.stressrun.Budget.Group;
import dev.racecard.stressrun.Budget.Run;

import java.util.List;
import java.util.Map;

/**
 * The budgets {@code mvn verify} runs: {@code gate} by default, {@code thorough} with
 * {@code -Pthorough}; {@code -Dracecard.jcstress.budget="-m tough"} runs every test with the
 * options given instead.
 */
public final class StressBudgets {

    /** jcstress sets -Xms/-Xmx from -hs (256 MB by default) already; said again so every fork's flags show it. */
    static final List<String> FORK_ARGS = List.of("-Xmx256m");

    /** Races of interleaving: they show under any JVM configuration. */
    static final String INTERLEAVING = "\\.(CounterStress|SharedDictStress|QueueHandoffStress)\\.|\\.JoinVisibilityStress\\.(Unjoined|Joined|Future)$";
    /** A stale read through a plain flag: on x86 only the compiler reorders the accesses. */
    static final String REORDERING = "\\.JoinVisibilityStress\\.(Plain|Volatile)FlagStaleRead$";
    /** A spin loop on a plain flag: compiled code may hoist the read; each hang costs jcstress 30 s. */
    static final String HOISTING = "\\.JoinVisibilityStress\\.(Plain|Volatile)FlagSpin$";

    static final String GATE_INTERLEAVING = "-m quick -iters 2 -sc false -jvmArgs -XX:+TieredCompilation";

    public static final Budget GATE = new Budget("gate", List.of(
            Group.of("interleaving", INTERLEAVING, GATE_INTERLEAVING,
                    "measured: every JVM configuration shows these races in every run; one configuration, "
                            + "the JVM's default tiered compilation"),
            Group.of("reordering", REORDERING, "-m quick -sc false",
                    "measured on x86: only C2 shows the stale read; jcstress's unified matrix runs the "
                            + "interpreter, C1, C2 and C2 with its scheduling stress flags, so the report shows "
                            + "which compilers do"),
            Group.ofRuns("hoisting", HOISTING,
                    "measured: compiled code (C1 or C2) hangs every fork, at 30 s each, the interpreter never; "
                            + "the interpreter and tiered compilation, not the whole matrix",
                    Run.of("interpreter", "-m quick -sc false -jvmArgs -Xint"),
                    Run.of("tiered", "-m quick -sc false -jvmArgs -XX:+TieredCompilation"))),
            List.of(GATE_INTERLEAVING.split(" ")), FORK_ARGS);

    public static final Budget THOROUGH = new Budget("thorough", List.of(
            Group.of("interleaving", INTERLEAVING, "-m default", "the whole matrix"),
            Group.of("reordering", REORDERING, "-m default", "the whole matrix"),
            Group.of("hoisting", HOISTING, "-m default", "the whole matrix")),
            List.of("-m", "default"), FORK_ARGS);

    private static final Map<String, Budget> BY_NAME = Map.of(GATE.name(), GATE, THOROUGH.name(), THOROUGH);

    private StressBudgets() {
    }

    /**
     * A budget by name, or, for a jcstress option line (it starts with '-', e.g. {@code -m tough}),
     * one group of every test with those options: for trying settings from the command line.
     */
    public static Budget named(String name) {
        if (name.strip().startsWith("-")) {
            return new Budget("options", List.of(Group.of("all", "", name, "the options given on the command line")),
                    List.of(), FORK_ARGS);
        }
        Budget budget = BY_NAME.get(name);
        if (budget == null) {
            throw new IllegalArgumentException("unknown budget '" + name + "' (expected " + String.join(" or ", names())
                    + ", or a jcstress option line)");
        }
        return budget;
    }

    public static List<String> names() {
        return List.of(GATE.name(), THOROUGH.name());
    }
}
