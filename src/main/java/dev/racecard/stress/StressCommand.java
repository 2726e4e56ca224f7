package dev.racecard.stress;

import dev.racecard.api.Catalogs;
import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Focus;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Tool;
import dev.racecard.history.HistoryStore;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The jcstress driver's command line: {@code racecard:stress} forks it, and so does Racecard's
 * own build.
 *
 * <pre>
 * StressCommand --budget NAME|OPTIONS --results DIR [--budget-file FILE] [--tests REGEX] [--fork-arg ARG]...
 *               [--mutants none|gate|all --mutant-results DIR] [--catalog auto|CLASS|none] [--focus FOCUS]
 *               [--timeout-minutes N] [--plan]
 * </pre>
 *
 * {@code --budget} names a budget of {@code --budget-file} or a built-in one, or is a jcstress
 * option line ({@link JcstressBudgets}); {@code --tests} narrows the tests (found in their names,
 * as jcstress's {@code -t}); each {@code --fork-arg} is one more JVM flag for every fork of every
 * configuration, after the budget's own; {@code --plan} prints which tests each jcstress run would
 * get, with its options, and the mutants run's plan, and runs nothing. {@code --mutants} then runs
 * the selected positive controls of the catalog ({@code auto}: every registered provider, as the
 * report's) through their variants' tests ({@link MutantStressRuns}), results in
 * {@code --mutant-results}, where the report's {@code --mutant-jcstress} reads them.
 * {@code --focus} (a reproduce line's {@link Focus}; empty: none) runs its jcstress test alone, in
 * its budget group as above, and its mutant if it names one, as the mutants run would (the
 * variant's own test runs too: the gate grades the variant's evidence of the focused test); for
 * another tool's experiment it runs no jcstress at all. Maven passes an unset property as an empty
 * argument: an empty value means the option's default.
 * <p>
 * The evidence history (system properties {@code racecard.history}, {@code .dir}, {@code .maxAge}:
 * {@link HistoryStore}) spares a run whose key it holds ({@link GroupHistory}); it keeps a run that
 * ran whole without a forbidden outcome, and a mutant's runs when they killed it.
 * {@code -Dracecard.history=off} runs everything.
 * <p>
 * Exit status: 0 when every run ran and wrote results, whatever they hold (jcstress exits 1 on a
 * forbidden outcome; judging that is the gate's job); 1 when a run failed to run (no results, a
 * crash, a timeout, a listed test whose class cannot be loaded); 2 on bad usage or a bad budget
 * file, with one line.
 */
public final class StressCommand {

    static final int RAN = 0;
    static final int FAILED_TO_RUN = 1;
    static final int USAGE = 2;

    /** The report CLI's prefixes, which the Maven goals log as a warning and as the goal's error. */
    static final String WARNING = "racecard: warning: ";
    static final String ERROR = "racecard: error: ";

    private static final String USAGE_LINE = "usage: StressCommand --budget NAME|OPTIONS --results DIR "
            + "[--budget-file FILE] [--tests REGEX] [--fork-arg ARG]... [--mutants none|gate|all --mutant-results DIR] "
            + "[--catalog auto|CLASS|none] [--focus FOCUS] [--timeout-minutes N] [--plan]";

    private StressCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The options as given; empty strings stand for unset ones. */
    private static final class Options {
        String budget = "";
        String budgetFile = "";
        String results = "";
        String tests = "";
        List<String> forkArgs = new ArrayList<>();
        String mutants = "";
        String mutantResults = "";
        String catalog = "";
        String focus = "";
        String timeoutMinutes = "";
        boolean planOnly;

        private static final Set<String> VALUED = Set.of("--budget", "--budget-file", "--results", "--tests",
                "--fork-arg", "--mutants", "--mutant-results", "--catalog", "--focus", "--timeout-minutes");

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--plan")) {
                    o.planOnly = true;
                    continue;
                }
                String option = args[i];
                if (!VALUED.contains(option)) {
                    throw new IllegalArgumentException("unknown option " + option);
                }
                if (++i >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[i];
                switch (option) {
                    case "--budget" -> o.budget = value.strip();
                    case "--budget-file" -> o.budgetFile = value.strip();
                    case "--results" -> o.results = value.strip();
                    case "--tests" -> o.tests = value;
                    case "--fork-arg" -> o.forkArgs.add(value);
                    case "--mutants" -> o.mutants = value.strip();
                    case "--mutant-results" -> o.mutantResults = value.strip();
                    case "--catalog" -> o.catalog = value.strip();
                    case "--focus" -> o.focus = value.strip();
                    case "--timeout-minutes" -> o.timeoutMinutes = value.strip();
                    default -> throw new IllegalStateException(option);
                }
            }
            return o;
        }
    }

    /** What to run, checked before anything runs. */
    private record Job(Budget budget, Path results, Pattern tests, List<String> forkArgs, Catalog catalog,
                       MutantSelection mutants, Path mutantResults, Duration timeout, GroupHistory history) {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        Job job;
        try {
            o = Options.parse(args);
            if (o.budget.isEmpty() || (o.results.isEmpty() && !o.planOnly)) {
                throw new IllegalArgumentException("--budget and --results are required");
            }
            Budget budget = JcstressBudgets.of(o.budgetFile.isEmpty() ? null : Path.of(o.budgetFile)).named(o.budget);
            Pattern tests = Pattern.compile(o.tests);
            MutantSelection mutants = o.mutants.isEmpty() ? MutantSelection.NONE : MutantSelection.parse(o.mutants);
            Catalog catalog = mutants == MutantSelection.NONE && o.focus.isEmpty() ? null : catalog(o.catalog);
            Focus focus = Focus.parseIfGiven(o.focus, catalog).orElse(null);
            if (focus != null && focus.tool() != Tool.JCSTRESS) {
                out.println("stress-runs: focus " + focus.format() + " is a " + focus.tool().id()
                        + " experiment: no jcstress to run");
                return RAN;
            }
            if (focus != null) {
                out.println("stress-runs: focus " + focus.format() + ": its jcstress test alone"
                        + (focus.mutant() == null ? "" : ", and with its mutant in the variant's place"));
                tests = Pattern.compile(StressRuns.exactly(List.of(focus.testId())));
                mutants = focus.selection();
                catalog = focus.narrow(catalog);
            }
            if (mutants != MutantSelection.NONE && o.mutantResults.isEmpty() && !o.planOnly) {
                throw new IllegalArgumentException("--mutants " + mutants.id() + " needs --mutant-results");
            }
            List<String> all = new ArrayList<>(budget.forkArgs());
            all.addAll(o.forkArgs);
            StressRuns.jvmArgsPrepend(all); // refuses what jcstress cannot pass on
            Duration timeout = Duration.ofMinutes(o.timeoutMinutes.isEmpty() ? 60 : Long.parseLong(o.timeoutMinutes));
            // a plan runs nothing, so it neither reads nor writes the history
            GroupHistory history = o.planOnly ? GroupHistory.off()
                    : GroupHistory.of(HistoryStore.open(), focus == null ? "" : focus.format());
            job = new Job(budget, o.results.isEmpty() ? null : Path.of(o.results), tests, List.copyOf(o.forkArgs),
                    catalog, mutants, o.mutantResults.isEmpty() ? null : Path.of(o.mutantResults), timeout, history);
        } catch (IllegalArgumentException e) {
            err.println(ERROR + "stress: " + oneLine(e.getMessage()));
            err.println(USAGE_LINE);
            return USAGE;
        }
        try {
            if (o.planOnly) {
                printPlan(job, out);
                return RAN;
            }
            List<StressRuns.GroupRun> runs = StressRuns.run(job.budget(), job.results(), job.tests(), job.forkArgs(),
                    job.timeout(), job.history(), out);
            boolean ran = runs.stream().allMatch(r -> r.problem() == null);
            job.history().saveEach(runs.stream().filter(GroupHistory::passed).toList(), out);
            if (job.mutants() != MutantSelection.NONE) {
                ran &= MutantStressRuns.run(job.budget(), job.catalog(), job.mutants(), job.mutantResults(), job.forkArgs(),
                        job.timeout(), job.history(), out);
            }
            return ran ? RAN : FAILED_TO_RUN;
        } catch (IllegalArgumentException e) {
            // a listed test whose class cannot be loaded (StressTest): jcstress could not run it either
            err.println(ERROR + "stress: " + oneLine(e.getMessage()));
            return FAILED_TO_RUN;
        }
    }

    /** {@code auto} (or empty) for every registered provider, {@code none}, or one provider's class name. */
    private static Catalog catalog(String name) {
        return name.equals("none") ? new Catalog(List.of())
                : Catalogs.load(name.isEmpty() ? Catalogs.AUTO : name, Thread.currentThread().getContextClassLoader());
    }

    private static void printPlan(Job job, PrintStream out) {
        for (StressRuns.PlannedRun p : StressRuns.plan(job.budget(), StressRuns.tests(job.tests()))) {
            out.printf(Locale.ROOT, "%s: %s%n  %s%n", p.directory(), String.join(" ", p.options()),
                    String.join("\n  ", p.tests()));
        }
        if (job.mutants() != MutantSelection.NONE) {
            for (MutantStressRuns.PlannedMutant m : MutantStressRuns.plan(job.catalog(), job.mutants())) {
                out.printf(Locale.ROOT, "mutant %s: %s%n  %s%n", m.subject(), m.substitution(), m.tests().pattern());
            }
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
