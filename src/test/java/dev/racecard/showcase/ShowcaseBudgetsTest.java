package dev.racecard.showcase;

import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.stress.Budget;
import dev.racecard.stress.JcstressBudgets;
import dev.racecard.stress.StressRuns;
import dev.racecard.stress.StressRuns.PlannedRun;
import dev.racecard.stress.StressTest;
import dev.racecard.stress.TestKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.racecard.showcase.ShowcaseCatalog.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The showcase's budget file (stress/jcstress-budgets.properties, which the pom hands the driver) against its catalog. */
class ShowcaseBudgetsTest {

    static final JcstressBudgets BUDGETS = JcstressBudgets.of(Path.of("stress", "jcstress-budgets.properties"));

    @Test
    void onlyTheGatesSpinLoopsRunBesideTheOthersTheHangingOnesYielding() {
        List<PlannedRun> plan = StressRuns.plan(BUDGETS.named("gate"), Stream.of(
                "dev.racecard.showcase.stopflag.StopFlagStress.PlainFlagSpin", "dev.racecard.showcase.counter.CounterStress.Plain",
                "dev.racecard.showcase.threadlifecycle.ThreadLifecycleStress.CasGuard").map(StressTest::onClassPath).toList());
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
            List<String> tests = catalogTests();
            Map<String, String> groupOf = new HashMap<>();
            StressRuns.plan(budget, tests.stream().map(StressTest::onClassPath).toList()).forEach(r -> r.tests().forEach(t -> groupOf.put(t, r.group())));
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

    /**
     * The tests' annotations give the built-in gate the showcase file's gate, test by test (options,
     * schedule and fellow tests of each jcstress run), so a user's tests of the same kinds cost what the showcase's do,
     * and the file's gate section could go.
     */
    @Test
    void theBuiltInGateRunsEachCatalogTestAsTheFilesGateDoes() {
        List<StressTest> tests = catalogTests().stream().map(StressTest::onClassPath).toList();
        assertThat(runsOf(JcstressBudgets.builtIn().named("gate"), tests)).isEqualTo(runsOf(BUDGETS.named("gate"), tests));
    }

    @Test
    void theShowcasesTestsHaveTheKindsTheirJcstressAndRacecardAnnotationsSay() {
        Map<String, TestKind> kinds = catalogTests().stream().map(StressTest::onClassPath)
                .collect(Collectors.toMap(StressTest::name, StressTest::kind));
        assertThat(kinds).containsEntry("dev.racecard.showcase.stopflag.StopFlagStress.PlainFlagSpin", TestKind.SPIN_LOOP)
                .containsEntry("dev.racecard.showcase.joinvisibility.JoinVisibilityStress.PlainFlagStaleRead", TestKind.STALE_READ)
                .containsEntry("dev.racecard.showcase.threadlifecycle.ThreadLifecycleStress.JoinUnstarted", TestKind.THREAD_START)
                .containsEntry("dev.racecard.showcase.threadlocal.ThreadLocalStress.SharedFields", TestKind.OWN_WRITE)
                .containsEntry("dev.racecard.showcase.counter.CounterStress.Plain", TestKind.INTERLEAVING);
        // Mode.Termination alone makes a spin loop: every test named ...Spin is one, and no other
        kinds.forEach((test, kind) -> assertThat(kind == TestKind.SPIN_LOOP).as(test).isEqualTo(test.endsWith("Spin")));
    }

    private static List<String> catalogTests() {
        return CATALOG.patterns().stream().flatMap(p -> p.variants().stream()).flatMap(v -> v.jcstressTests().stream()).toList();
    }

    /** Each test's jcstress runs under a budget: their options, schedules and tests, whatever the groups are named. */
    private static Map<String, Set<String>> runsOf(Budget budget, List<StressTest> tests) {
        Map<String, Set<String>> runs = new TreeMap<>();
        for (PlannedRun r : StressRuns.plan(budget, tests)) {
            String run = String.join(" ", r.options()) + " (" + r.schedule() + ", with " + r.tests() + ")";
            r.tests().forEach(t -> runs.computeIfAbsent(t, k -> new TreeSet<>()).add(run));
        }
        return runs;
    }
}
