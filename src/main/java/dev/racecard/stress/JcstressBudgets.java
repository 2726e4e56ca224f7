package dev.racecard.stress;

import dev.racecard.reproduce.Reproduce;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The jcstress budgets a run can name ({@code racecard.jcstress.budget}, the driver's {@code --budget}):
 * those of the project's budget file ({@link BudgetFile}), the built-in ones it does not redefine,
 * or a jcstress option line (it starts with '-', e.g. {@code -m tough}), run as one group of every
 * test. Without a budget file a project gets the built-in budgets, each one group of every test:
 * <ul>
 *   <li>{@code sanity}: each test a moment, to see that it runs at all (jcstress never samples
 *       termination tests in this mode);</li>
 *   <li>{@code gate}: jcstress's quick mode over its whole matrix of JVM configurations, one
 *       iteration each: a race that shows under one configuration only (a compiler's reordering,
 *       an interpreter's memory reads) still gets its configuration;</li>
 *   <li>{@code thorough}: jcstress's default mode.</li>
 * </ul>
 */
public final class JcstressBudgets {

    /**
     * Every fork's flags unless a budget file sets {@code fork-args}. jcstress sets -Xms/-Xmx from
     * -hs (256 MB by default) already; said again so every fork's flags show it.
     */
    static final List<String> DEFAULT_FORK_ARGS = List.of("-Xmx256m");

    private static final Map<String, String> BUILT_IN = Map.of(
            "sanity", "-m sanity",
            "gate", "-m quick -iters 1 -sc false",
            "thorough", "-m default");

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
        String options = BUILT_IN.get(line);
        if (options != null) {
            return everyTest(line, line, options, "the built-in " + line + " budget");
        }
        throw new IllegalArgumentException("unknown jcstress budget '" + line + "': " + String.join(", ", names())
                + ", or a jcstress option line such as '-m quick -iters 1'");
    }

    /** The names a run can give: the budget file's, then the built-in ones it does not redefine. */
    public List<String> names() {
        List<String> names = new ArrayList<>(fromFile.keySet().stream().sorted().toList());
        BUILT_IN.keySet().stream().filter(n -> !fromFile.containsKey(n)).sorted().forEach(names::add);
        return names;
    }

    private Budget everyTest(String name, String flagged, String options, String why) {
        return new Budget(name, List.of(Budget.Group.of(ALL, "", options, why)), List.of(), forkArgs(flagged, forkArgs));
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
