package dev.racecard.stressrun;

import dev.racecard.report.reproduce.Reproduce;
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

    /**
     * Every fork's flags. jcstress sets -Xms/-Xmx from -hs (256 MB by default) already; said again so
     * every fork's flags show it. The budget's name (or option line) does nothing in the fork: jcstress
     * records a test's JVM flags with its results, not the driver's options, so this is how the
     * evidence says which budget ran, for its reproduce line.
     */
    static List<String> forkArgs(String budget) {
        return List.of("-Xmx256m", Reproduce.budgetFlag(budget));
    }

    /** Races of interleaving: they show under any JVM configuration. */
    static final String INTERLEAVING = "\\.(CounterStress|SharedDictStress|QueueHandoffStress)\\.|\\.JoinVisibilityStress\\.Unjoined$";
    /** A stale read through a plain flag: on x86 only the compiler reorders the accesses. */
    static final String REORDERING = "\\.JoinVisibilityStress\\.(Plain|Volatile)FlagStaleRead$";
    /** A spin loop on a plain flag: compiled code may hoist the read; each hang costs jcstress 30 s. */
    static final String HOISTING = "\\.JoinVisibilityStress\\.(Plain|Volatile)FlagSpin$";

    /**
     * jcstress's unified matrix (interpreter, C1, C2, C2 with stress flags; twice on JDK 17, biased
     * locking on and off), one iteration each. A single configuration showed every racy variant's
     * race, but the mutants run measured what it costs: the split-lock counter mutant survived it.
     */
    static final String GATE_INTERLEAVING = "-m quick -iters 1 -sc false";

    /*
     * Measured on 2 cores, JDK 17, x86 (detection-rates, 3 runs per setting; see the branch's
     * report): every racy test of the interleaving group showed its race in every run under every
     * configuration of jcstress's unified matrix and with 2 iterations of one configuration; the
     * stale read showed under C2 and C2 with stress flags in every run, never under the
     * interpreter or C1; the plain spin loop hung under tiered compilation (and C1, and C2) in
     * every run, never under the interpreter, and every hung fork costs jcstress's fixed 30 s.
     */
    public static final Budget GATE = new Budget("gate", List.of(
            Group.of("interleaving", INTERLEAVING, GATE_INTERLEAVING,
                    "the unified matrix, one iteration each: a single configuration let a mutant (split-lock) survive"),
            Group.of("reordering", REORDERING, "-m quick -iters 3 -sc false",
                    "only C2 shows the stale read on x86: the unified matrix (interpreter, C1, C2, C2 with "
                            + "stress flags) shows which compilers do, and checks the volatile flag under each"),
            Group.ofRuns("hoisting", HOISTING,
                    "compiled code hangs (30 s a fork), the interpreter never: those two, not the whole matrix",
                    Run.of("interpreter", "-m quick -sc false -jvmArgs -Xint"),
                    Run.of("tiered", "-m quick -sc false -jvmArgs -XX:+TieredCompilation"))),
            List.of(GATE_INTERLEAVING.split(" ")), forkArgs("gate"));

    public static final Budget THOROUGH = new Budget("thorough", List.of(
            Group.of("interleaving", INTERLEAVING, "-m default", "the whole matrix"),
            Group.of("reordering", REORDERING, "-m default", "the whole matrix"),
            Group.of("hoisting", HOISTING, "-m default", "the whole matrix")),
            List.of("-m", "default"), forkArgs("thorough"));

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
                    List.of(), forkArgs(name.strip()));
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
