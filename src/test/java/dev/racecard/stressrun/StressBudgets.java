package dev.racecard.stressrun;

import dev.racecard.reproduce.Reproduce;
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

    /**
     * A stale read through a plain flag: on x86 only the compiler reorders the accesses, so a fork
     * shows it only if C2 compiled its reader so. Alone, under a busy loop, one fork showed it in
     * 3,249 of 4.8 million samples; in a full gate run beside a second build, 0 of 753,702 (the
     * fork got a seventh of the CPU): the gate budget gives the pair three forks of their own.
     */
    static final String REORDERING = "\\.JoinVisibilityStress\\.(Plain|Volatile)FlagStaleRead$";
    /**
     * Spin loops (Mode.Termination tests, named {@code …Spin}): compiled code may hoist a plain
     * read out of the loop; each hang costs jcstress 30 s, and a hung fork spins on a core all that
     * time, so the tiered run yields: at the usual priority its six hung forks took both cores from
     * the other runs (all jcstress runs of a full gate run 188-193 s on 2 cores, JDK 17; 156-167 s
     * yielding, the in-turn runs 10-30 % faster, the tiered run itself 125 → 155 s beside them).
     */
    static final String HOISTING = "Spin$";

    /**
     * Races on a thread's own plain write and read (thread-local's shared fields): under C2 alone the
     * race showed in 16 of 5,679,142 samples in one gate run and in none of 2,607,142 in another,
     * under the interpreter in 11,747 of 784,422 (one run, 28 s).
     */
    static final String INTERPRETED = "\\.ThreadLocalStress\\.";

    /** Tests whose every sample starts a real thread (thread lifecycle's four). */
    static final String THREAD_STARTS = "\\.ThreadLifecycleStress\\.";

    /**
     * One stride of 64 samples an epoch, not jcstress's 40 × 256: a sample that starts a thread, or
     * runs interpreted, makes one epoch of 10,240 samples outlast the 200 ms iteration many times over,
     * and every fork waits for its epochs. Measured alone (2 cores, JDK 17): lifecycle's four tests
     * 56 s → 13 s, their races still in 13–85 % of the samples (48–56 s in full gate runs: beside the
     * spin-loop runs, thread starts are slow); thread-local's two under the interpreter 24 s → 10 s
     * (with three iterations), its race in 195 of 85,329 samples of the first fork against 172 of
     * 794,662 with the defaults.
     */
    static final String SMALL_STRIDES = "-strideCount 1 -strideSize 64";

    /**
     * One JVM configuration, C2 alone, one iteration: every interleaving race shows under any
     * configuration, and the stale read only under C2 (see the measurements below). On JDK 17
     * jcstress still runs it twice, with biased locking on and off.
     */
    static final String GATE_C2 = "-m quick -iters 1 -sc false -jvmArgs -XX:-TieredCompilation";

    /*
     * Measured on 2 cores, JDK 17, x86. Session 2 (detection-rates, 3 runs per setting): every
     * racy test of the interleaving group showed its race in every run under every configuration
     * of jcstress's unified matrix and under one configuration alone; the stale read showed under
     * C2 and C2 with stress flags in every run, never under the interpreter or C1; the plain spin
     * loop hung under tiered compilation (and C1, and C2) in every run, never under the
     * interpreter, and every hung fork costs jcstress's fixed 30 s. Session 4: GATE_C2 over the 19
     * tests of the first five patterns but the spin loops took 36 s (the unified matrix: 208-237 s
     * for 17 of them), and every racy test showed its race (the rarest, the stale read, 34,128 of
     * 24,213,542 samples). The unified matrix was kept for the split-lock counter mutant, which one
     * configuration let survive; but the gate puts no mutant through jcstress, and the thorough
     * budget still runs the whole matrix.
     */
    public static final Budget GATE = new Budget("gate", List.of(
            Group.ofRuns("hoisting", HOISTING,
                    "compiled code hangs (30 s a fork), the interpreter never: those two, not the whole matrix; "
                            + "both beside the other runs (the interpreter's outcomes need no race), the tiered one "
                            + "yielding the CPU while its hung forks spin",
                    Run.alongside("interpreter", "-m quick -sc false -jvmArgs -Xint"),
                    Run.yielding("tiered", "-m quick -sc false -jvmArgs -XX:+TieredCompilation")),
            Group.of("interpreter", INTERPRETED, "-m quick -iters 3 -sc false -jvmArgs -Xint " + SMALL_STRIDES,
                    "a thread's plain write then its own read: C2 keeps the value in a register, so the other "
                            + "thread's write rarely shows; the interpreter reads memory"),
            Group.of("thread-start", THREAD_STARTS, GATE_C2 + " " + SMALL_STRIDES,
                    "a thread started in every sample: small strides, or one iteration lasts ~7 s"),
            Group.of("reordering", REORDERING, GATE_C2 + " -f 3",
                    "the stale read shows only where C2 reorders the reader's loads: three forks, three "
                            + "compilations; one fork beside busy cores once saw 0 of 753,702"),
            Group.of("c2", "", GATE_C2,
                    "every other test, C2 alone: interleaving races show under any configuration, the stale "
                            + "read only under C2; the thorough budget runs jcstress's whole matrix")),
            List.of(GATE_C2.split(" ")), forkArgs("gate"));

    /** Every test under jcstress's whole matrix, in four groups so each group's time shows apart. */
    public static final Budget THOROUGH = new Budget("thorough", List.of(
            Group.of("reordering", REORDERING, "-m default", "the whole matrix"),
            Group.of("hoisting", HOISTING, "-m default", "the whole matrix"),
            Group.of("thread-start", THREAD_STARTS, "-m default " + SMALL_STRIDES, "the whole matrix, small strides"),
            Group.of("interleaving", "", "-m default", "every other test: the whole matrix")),
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
