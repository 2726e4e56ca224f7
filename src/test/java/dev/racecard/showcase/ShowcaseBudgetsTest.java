package dev.racecard.showcase;

import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.stress.Budget;
import dev.racecard.stress.JcstressBudgets;
import dev.racecard.stress.StressRuns;
import dev.racecard.stress.StressRuns.PlannedRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.racecard.showcase.ShowcaseCatalog.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The showcase's budget file (stress/jcstress-budgets.properties, which the pom hands the driver) against its catalog. */
class ShowcaseBudgetsTest {

    static final JcstressBudgets BUDGETS = JcstressBudgets.of(Path.of("stress", "jcstress-budgets.properties"));

    @Test
    void onlyTheGatesSpinLoopsRunBesideTheOthersTheHangingOnesYielding() {
        List<PlannedRun> plan = StressRuns.plan(BUDGETS.named("gate"),
                List.of("dev.racecard.showcase.stopflag.StopFlagStress.PlainFlagSpin", "dev.racecard.showcase.counter.CounterStress.Plain",
                        "dev.racecard.showcase.threadlifecycle.ThreadLifecycleStress.CasGuard"));
        assertThat(plan).extracting(PlannedRun::directory, PlannedRun::schedule).containsExactly(
                tuple("hoisting-interpreter", Budget.Schedule.ALONGSIDE),
                tuple("hoisting-tiered", Budget.Schedule.YIELDING),
                tuple("thread-start", Budget.Schedule.IN_TURN),
                tuple("c2", Budget.Schedule.IN_TURN));
        assertThat(BUDGETS.named("gate").forkArgs()).containsExactly("-Xmx256m", "-Dracecard.jcstress.budget=gate");
    }

    @Test
    void everyBudgetGivesEveryCatalogTestANamedGroupAndEachCorrectVariantARacyTwinInIt() {
        for (String name : List.of("gate", "thorough")) {
            Budget budget = BUDGETS.named(name);
            List<String> tests = CATALOG.patterns().stream().flatMap(p -> p.variants().stream())
                    .flatMap(v -> v.jcstressTests().stream()).toList();
            Map<String, String> groupOf = new HashMap<>();
            StressRuns.plan(budget, tests).forEach(r -> r.tests().forEach(t -> groupOf.put(t, r.group())));
            assertThat(groupOf).as(name).doesNotContainValue(Budget.OTHER).containsOnlyKeys(tests);

            // calibration: a correct variant's silence counts where its racy twin showed the race,
            // so each correct test runs with the same options as some racy test of its pattern
            for (Pattern p : CATALOG.patterns()) {
                Set<String> racyGroups = p.variants().stream().filter(v -> v.kind() == VariantKind.RACY)
                        .flatMap(v -> v.jcstressTests().stream()).map(groupOf::get).collect(Collectors.toSet());
                for (Variant v : p.variants()) {
                    if (v.kind() == VariantKind.CORRECT) {
                        for (String t : v.jcstressTests()) {
                            assertThat(racyGroups).as(name + ": group of " + t).contains(groupOf.get(t));
                        }
                    }
                }
            }
        }
    }
}
