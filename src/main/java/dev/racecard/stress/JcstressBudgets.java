package dev.racecard.stress;

import dev.racecard.reproduce.Reproduce;
import dev.racecard.stress.Budget.Group;
import dev.racecard.stress.Budget.Run;
import dev.racecard.stress.Budget.Schedule;
import dev.racecard.stress.Budget.Split;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The jcstress budgets a run can name ({@code racecard.jcstress.budget}, the driver's {@code --budget}):
 * those of the project's budget file ({@link BudgetFile}), the built-in ones it does not redefine,
 * or a jcstress option line (it starts with '-', e.g. {@code -m tough}), run as one group of every
 * test. Without a budget file a project gets the built-in budgets:
 * <ul>
 *   <li>{@code sanity}: one group of every test, each a moment, to see that it runs at all
 *       (jcstress never samples termination tests in this mode);</li>
 *   <li>{@code gate}: one group per {@link TestKind}, each with the JVM configurations that show
 *       its race, as Racecard's own build measured them for its showcase (its
 *       {@code stress/jcstress-budgets.properties} holds the figures): a test's kind comes from its
 *       annotations, so a project needs no budget file for it;</li>
 *   <li>{@code thorough}: one group of every test, jcstress's default mode (its whole matrix).</li>
 * </ul>
 */
public final class JcstressBudgets {

    /**
     * Every fork's flags unless a budget file sets {@code fork-args}. jcstress sets -Xms/-Xmx from
     * -hs (256 MB by default) already; said again so every fork's flags show it.
     */
    static final List<String> DEFAULT_FORK_ARGS = List.of("-Xmx256m");

    static final String GATE = "gate";

    /** The built-in budgets that run every test with one option line. */
    private static final Map<String, String> ONE_LINE = Map.of(
            "sanity", "-m sanity",
            "thorough", "-m default");

    /** One JVM configuration, C2 alone, one iteration: jcstress's quick mode would run eight (sixteen on JDK 17). */
    private static final String C2_ALONE = "-m quick -iters 1 -sc false -jvmArgs -XX:-TieredCompilation";

    /**
     * One stride of 64 samples an epoch, not jcstress's 40 x 256: where a sample is slow (it starts a
     * thread, or runs interpreted) one epoch would outlast the 200 ms iteration many times over.
     */
    private static final String SMALL_STRIDES = " -strideCount 1 -strideSize 64";

    /** The built-in gate's groups, one per kind, in the order the in-turn ones run. */
    static final List<Group> GATE_GROUPS = List.of(
            Group.ofKind(TestKind.SPIN_LOOP, "a spin loop: compiled code may hoist the read and hang (30 s a hung fork), "
                            + "the interpreter never; both beside the other runs, the tiered one yielding the CPU while its "
                            + "hung forks spin, one jcstress per test class so the hangs overlap",
                    Run.of("interpreter", "-m quick -sc false -jvmArgs -Xint", Schedule.ALONGSIDE),
                    Run.of("tiered", "-m quick -sc false -jvmArgs -XX:+TieredCompilation", Schedule.YIELDING, Split.CLASS)),
            Group.ofKind(TestKind.OWN_WRITE, "a thread's plain write then its own read: C2 keeps the value in a register, "
                            + "the interpreter reads memory; small strides, three iterations",
                    Run.of("", "-m quick -iters 3 -sc false -jvmArgs -Xint" + SMALL_STRIDES)),
            Group.ofKind(TestKind.THREAD_START, "a thread started in every sample: C2 alone, small strides",
                    Run.of("", C2_ALONE + SMALL_STRIDES)),
            Group.ofKind(TestKind.STALE_READ, "a stale read shows only where C2 reorders the reader's loads: "
                            + "three forks, three compilations",
                    Run.of("", C2_ALONE + " -f 3")),
            Group.ofKind(TestKind.INTERLEAVING, "an interleaving race shows under any one JVM configuration: C2 alone",
                    Run.of("", C2_ALONE)));

    /** The group of a budget that runs every test with one option line. */
    static final String ALL = "all";

    private final Map<String, Budget> fromFile;
    private final List<String> forkArgs;

    JcstressBudgets(Map<String, Budget> fromFile, List<String> forkArgs) {
        this.fromFile = Map.copyOf(fromFile);
        this.forkArgs = List.copyOf(forkArgs);
    }

    /** The built-in budgets alone. */
    public static JcstressBudgets builtIn() {
        return new JcstressBudgets(Map.of(), DEFAULT_FORK_ARGS);
    }

    /**
     * @param file a budget file, or null for none
     * @throws IllegalArgumentException with a one-line message when the file cannot be read or is not a budget file
     */
    public static JcstressBudgets of(Path file) {
        return file == null ? builtIn() : BudgetFile.read(file);
    }

    /**
     * A budget by name, or one group of every test for a jcstress option line.
     *
     * @throws IllegalArgumentException naming the budgets, for anything else
     */
    public Budget named(String name) {
        String line = name == null ? "" : name.strip();
        if (line.startsWith("-")) {
            // the forks' flag names the line itself: a reproduce line then runs the same options
            return everyTest("options", line, line, "the options given on the command line");
        }
        Budget budget = fromFile.get(line);
        if (budget != null) {
            return budget;
        }
        if (line.equals(GATE)) {
            return new Budget(GATE, GATE_GROUPS, List.of(), forkArgs(GATE, forkArgs));
        }
        String options = ONE_LINE.get(line);
        if (options != null) {
            return everyTest(line, line, options, "the built-in " + line + " budget");
        }
        throw new IllegalArgumentException("unknown jcstress budget '" + line + "': " + String.join(", ", names())
                + ", or a jcstress option line such as '-m quick -iters 1'");
    }

    /** The names a run can give: the budget file's, then the built-in ones it does not redefine. */
    public List<String> names() {
        List<String> names = new ArrayList<>(fromFile.keySet().stream().sorted().toList());
        Stream.concat(Stream.of(GATE), ONE_LINE.keySet().stream()).filter(n -> !fromFile.containsKey(n)).sorted()
                .forEach(names::add);
        return names;
    }

    private Budget everyTest(String name, String flagged, String options, String why) {
        return new Budget(name, List.of(Group.of(ALL, "", options, why)), List.of(), forkArgs(flagged, forkArgs));
    }

    /**
     * A budget's fork flags: the given ones, then the budget's name. jcstress records a test's JVM
     * flags with its results, not the driver's options, so this flag is how the evidence says which
     * budget ran, for its reproduce line.
     */
    static List<String> forkArgs(String budget, List<String> flags) {
        List<String> all = new ArrayList<>(flags);
        all.add(Reproduce.budgetFlag(budget));
        return all;
    }
}
