package dev.racecard.stress;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.report.ingest.MutantJcstress;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The jcstress side of the positive controls: for every selected mutant that runs through
 * jcstress, its correct variant's own jcstress tests, under the same budget groups, in forks that
 * put the mutant in the variant's place ({@code -Dracecard.substitute}); results in
 * {@code RESULTS/<pattern>~<variant>~<mutant>/<group>/}, where the report finds them.
 */
final class MutantStressRuns {

    /** One mutant's jcstress runs: which tests, with which substitution. */
    record PlannedMutant(String pattern, Variant variant, Mutant mutant) {
        Pattern tests() {
            return Pattern.compile(variant.jcstressTests().stream().map(Pattern::quote)
                    .collect(Collectors.joining("|", "^(", ")$")));
        }

        String substitution() {
            return "-D" + Substitution.PROPERTY + "=" + variant.implementation() + "=" + mutant.implementation();
        }

        /** The run's own fork flags, then the substitution. */
        List<String> forkArgs(List<String> runFlags) {
            List<String> flags = new ArrayList<>(runFlags);
            flags.add(substitution());
            return flags;
        }

        /** How findings name it: pattern/variant~mutant. */
        String subject() {
            return pattern + "/" + variant.id() + "~" + mutant.id();
        }
    }

    private MutantStressRuns() {
    }

    /** @param catalog the run's, or a focused run's narrowed one (its variant's one test, its one mutant) */
    static List<PlannedMutant> plan(Catalog catalog, MutantSelection selection) {
        List<PlannedMutant> plan = new ArrayList<>();
        for (dev.racecard.catalog.Pattern p : catalog.patterns()) {
            for (Variant v : p.variants()) {
                for (Mutant m : v.mutants()) {
                    if (selection.runs(m, Tool.JCSTRESS) && !v.jcstressTests().isEmpty()) {
                        plan.add(new PlannedMutant(p.id(), v, m));
                    }
                }
            }
        }
        return plan;
    }

    /**
     * @param forkArgs the run's own extra fork flags; each mutant's forks get its substitution after them
     * @return whether every run of every mutant ran and wrote results
     */
    static boolean run(Budget budget, Catalog catalog, MutantSelection selection, Path root, List<String> forkArgs,
                       Duration timeout, GroupHistory history, PrintStream out) {
        List<PlannedMutant> plan = plan(catalog, selection);
        out.printf(Locale.ROOT, "stress-runs: %d mutants (%s) through their variants' jcstress tests, results in %s%n",
                plan.size(), selection.id(), root);
        boolean ran = true;
        for (PlannedMutant m : plan) {
            out.printf(Locale.ROOT, "stress-runs: mutant %s in place of %s%n", m.subject(), m.variant().implementation());
            Path results = MutantJcstress.directory(root, m.pattern(), m.variant().id(), m.mutant().id());
            // the fork builds the mutant by its name, which no test class names: a root of the key
            GroupHistory ofMutant = history.dependingOn(m.mutant().implementation());
            List<StressRuns.GroupRun> runs = StressRuns.run(budget, results, m.tests(), m.forkArgs(forkArgs), timeout,
                    ofMutant, out);
            ran &= runs.stream().allMatch(r -> r.problem() == null);
            if (GroupHistory.killed(runs)) {
                ofMutant.saveEach(runs.stream().filter(GroupHistory::ranWhole).toList(), out);
            }
        }
        return ran;
    }
}
