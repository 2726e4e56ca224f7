package dev.racecard.stressrun;

import dev.racecard.catalog.Focus;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Pattern;
import dev.racecard.showcase.ShowcaseCatalog;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.JcstressFixtures;
import dev.racecard.report.UsesJcstressFixtures;
import dev.racecard.report.ingest.JcstressFiles;
import dev.racecard.evidence.Experiment;
import dev.racecard.stressrun.Budget.Group;
import dev.racecard.stressrun.StressRuns.PlannedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@UsesJcstressFixtures
class StressRunsTest {

    static final Budget BUDGET = new Budget("b", List.of(
            Group.of("counter", "\\.CounterStress\\.", "-m quick -sc false", "atomicity"),
            Group.of("plain", "\\.Plain", "-m quick", "never gets a counter test: first match wins")),
            List.of("-m", "sanity"), List.of("-Xmx256m"));

    @TempDir
    Path tmp;

    @Test
    void onlyTheGatesSpinLoopsRunBesideTheOthersTheHangingOnesYielding() {
        List<PlannedRun> plan = StressRuns.plan(StressBudgets.GATE,
                List.of("dev.racecard.showcase.stopflag.StopFlagStress.PlainFlagSpin", "dev.racecard.showcase.counter.CounterStress.Plain",
                        "dev.racecard.showcase.threadlifecycle.ThreadLifecycleStress.CasGuard"));
        assertThat(plan).extracting(PlannedRun::directory, PlannedRun::schedule).containsExactly(
                tuple("hoisting-interpreter", Budget.Schedule.ALONGSIDE),
                tuple("hoisting-tiered", Budget.Schedule.YIELDING),
                tuple("thread-start", Budget.Schedule.IN_TURN),
                tuple("c2", Budget.Schedule.IN_TURN));
    }

    @Test
    void eachTestGoesToTheFirstGroupThatFindsItAndTheRestToOther() {
        List<PlannedRun> plan = StressRuns.plan(BUDGET, List.of("x.CounterStress.Plain", "x.Dict.PlainPuts",
                "x.CounterStress.Atomic", "x.Queue.Blocking"));

        assertThat(plan).extracting(PlannedRun::group).containsExactly("counter", "plain", Budget.OTHER);
        assertThat(plan.get(0).tests()).containsExactly("x.CounterStress.Atomic", "x.CounterStress.Plain");
        assertThat(plan.get(0).options()).containsExactly("-m", "quick", "-sc", "false");
        assertThat(plan.get(1).tests()).containsExactly("x.Dict.PlainPuts");
        assertThat(plan.get(2).tests()).containsExactly("x.Queue.Blocking");
        assertThat(plan.get(2).options()).containsExactly("-m", "sanity");
    }

    @Test
    void aGroupWithSeveralRunsRunsItsTestsOncePerRunEachInItsOwnDirectory() {
        Budget budget = new Budget("b", List.of(Group.ofRuns("spin", "Spin", "contrast",
                Budget.Run.of("interpreter", "-m quick -jvmArgs -Xint"), Budget.Run.of("tiered", "-m quick -jvmArgs -XX:+TieredCompilation"))),
                List.of(), List.of());
        List<PlannedRun> plan = StressRuns.plan(budget, List.of("x.PlainSpin", "x.VolatileSpin"));
        assertThat(plan).extracting(PlannedRun::directory).containsExactly("spin-interpreter", "spin-tiered");
        assertThat(plan).allSatisfy(r -> assertThat(r.tests()).containsExactly("x.PlainSpin", "x.VolatileSpin"));
        assertThat(plan.get(0).options()).containsExactly("-m", "quick", "-jvmArgs", "-Xint");
        assertThatThrownBy(() -> Group.ofRuns("spin", "x", "", Budget.Run.of("", "-m quick"), Budget.Run.of("c2", "-m quick")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Budget("b", List.of(Group.of("spin-c2", "x", "-m quick", ""),
                Group.ofRuns("spin", "y", "", Budget.Run.of("c2", "-m quick"))), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spin-c2 twice");
    }

    @Test
    void aGroupThatClaimsNothingDoesNotRun() {
        assertThat(StressRuns.plan(BUDGET, List.of("x.CounterStress.Plain"))).extracting(PlannedRun::group)
                .containsExactly("counter");
        assertThat(StressRuns.plan(BUDGET, List.of())).isEmpty();
    }

    @Test
    void theTestRegexSelectsExactlyTheGroupsTests() {
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(StressRuns.exactly(List.of("a.B", "a.C$D")));
        assertThat(regex.matcher("a.B").find()).isTrue();
        assertThat(regex.matcher("a.C$D").find()).isTrue();
        assertThat(regex.matcher("a.BC").find()).isFalse();
        assertThat(regex.matcher("aXB").find()).isFalse();
        assertThat(regex.matcher("x.a.B").find()).isFalse();
    }

    @Test
    void forkArgsReachJcstressOneFlagEach() {
        assertThat(StressRuns.jvmArgsPrepend(List.of())).isEmpty();
        assertThat(StressRuns.jvmArgsPrepend(List.of("-Xmx256m", "-Dracecard.substitute=a b")))
                .containsExactly("-jvmArgsPrepend", "-Xmx256m", "-jvmArgsPrepend", "-Dracecard.substitute=a b");
        // jcstress splits a lone value at spaces, unless quoted
        assertThat(StressRuns.jvmArgsPrepend(List.of("-Dx=a b"))).containsExactly("-jvmArgsPrepend", "\"-Dx=a b\"");
        assertThatThrownBy(() -> StressRuns.jvmArgsPrepend(List.of("-Dx=\"")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommandRunsJcstressMainOnTheGroupsTestsWithItsOptionsThenTheForkArgs() {
        PlannedRun run = new PlannedRun("counter", "counter", List.of("x.A"), List.of("-m", "quick"), "why", Budget.Schedule.IN_TURN);
        List<String> command = StressRuns.command(run, List.of("-Xmx256m"), tmp.resolve("counter"));
        assertThat(command.get(0)).endsWith("java");
        assertThat(command.subList(3, command.size())).containsExactly("org.openjdk.jcstress.Main",
                "-t", StressRuns.exactly(List.of("x.A")), "-m", "quick", "-jvmArgsPrepend", "-Xmx256m",
                "-r", tmp.resolve("counter").resolve("report").toString());
    }

    @Test
    void aYieldingRunStartsJcstressAtTheLowestCpuPriorityWhereTheOsHasNice() {
        PlannedRun run = new PlannedRun("spin", "spin", List.of("x.A"), List.of(), "why", Budget.Schedule.YIELDING);
        List<String> command = StressRuns.command(run, List.of(), tmp.resolve("spin"));
        assertThat(command.subList(0, StressRuns.NICE.size())).isEqualTo(StressRuns.NICE);
        assertThat(command.get(StressRuns.NICE.size())).endsWith("java");
        if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
            assertThat(StressRuns.NICE).containsExactly("/usr/bin/nice", "-n", "19");
        }
    }

    @Test
    void theClasspathIsMadeAbsoluteForJcstressRunsInTheGroupDirectory() {
        String cwd = Path.of("").toAbsolutePath().toString();
        assertThat(StressRuns.absolute("target/classes" + java.io.File.pathSeparator + "/lib/a.jar"))
                .isEqualTo(Path.of(cwd, "target", "classes") + java.io.File.pathSeparator + "/lib/a.jar");
    }

    @Test
    void optionsTheDriverSetsAreRefusedInAGroup() {
        assertThatThrownBy(() -> Group.of("g", ".", "-m quick -jvmArgsPrepend -Xmx1g", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-jvmArgsPrepend");
        assertThatThrownBy(() -> Group.of("g", ".", "-t x", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Group.of("../up", ".", "-m quick", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StressBudgets.named("quick")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gate or thorough");
    }

    @Test
    void anOptionLineIsOneGroupOfEveryTest() {
        Budget budget = StressBudgets.named("-m tough -sc false");
        List<PlannedRun> plan = StressRuns.plan(budget, List.of("a.B", "c.D"));
        assertThat(plan).singleElement().satisfies(r -> {
            assertThat(r.group()).isEqualTo("all");
            assertThat(r.tests()).containsExactly("a.B", "c.D");
            assertThat(r.options()).containsExactly("-m", "tough", "-sc", "false");
        });
        assertThat(budget.forkArgs()).containsExactly("-Xmx256m", "-Dracecard.jcstress.budget=-m tough -sc false");
        assertThat(StressBudgets.GATE.forkArgs()).containsExactly("-Xmx256m", "-Dracecard.jcstress.budget=gate");
        assertThat(StressBudgets.THOROUGH.forkArgs()).contains("-Dracecard.jcstress.budget=thorough");
    }

    @Test
    void everyBudgetGivesEveryCatalogTestANamedGroupAndEachCorrectVariantARacyTwinInIt() {
        for (Budget budget : List.of(StressBudgets.GATE, StressBudgets.THOROUGH)) {
            List<String> tests = ShowcaseCatalog.CATALOG.patterns().stream().flatMap(p -> p.variants().stream())
                    .flatMap(v -> v.jcstressTests().stream()).toList();
            Map<String, String> groupOf = new HashMap<>();
            StressRuns.plan(budget, tests).forEach(r -> r.tests().forEach(t -> groupOf.put(t, r.group())));
            assertThat(groupOf).as(budget.name()).doesNotContainValue(Budget.OTHER).containsOnlyKeys(tests);

            // calibration: a correct variant's silence counts where its racy twin showed the race,
            // so each correct test runs with the same options as some racy test of its pattern
            for (Pattern p : ShowcaseCatalog.CATALOG.patterns()) {
                Set<String> racyGroups = p.variants().stream().filter(v -> v.kind() == VariantKind.RACY)
                        .flatMap(v -> v.jcstressTests().stream()).map(groupOf::get).collect(Collectors.toSet());
                for (Variant v : p.variants()) {
                    if (v.kind() == VariantKind.CORRECT) {
                        for (String t : v.jcstressTests()) {
                            assertThat(racyGroups).as(budget.name() + ": group of " + t).contains(groupOf.get(t));
                        }
                    }
                }
            }
        }
    }

    @Test
    void aFocusedMutantRunsItsOneTestWithTheMutantInPlaceWhereTheGateBudgetWouldNot() {
        Focus focus = Focus.parse("jcstress:dev.racecard.showcase.shareddict.SharedDictStress.SynchronizedPuts"
                + "@shared-dict/synchronized~unlocked-put", ShowcaseCatalog.CATALOG);
        assertThat(MutantStressRuns.plan(ShowcaseCatalog.CATALOG, MutantSelection.GATE)).isEmpty();
        assertThat(MutantStressRuns.plan(focus.narrow(ShowcaseCatalog.CATALOG), focus.selection())).singleElement()
                .satisfies(m -> {
                    assertThat(m.mutant().id()).isEqualTo("unlocked-put");
                    assertThat(m.tests().matcher("dev.racecard.showcase.shareddict.SharedDictStress.SynchronizedPuts").find()).isTrue();
                    assertThat(m.tests().matcher("dev.racecard.showcase.shareddict.SharedDictStress.SynchronizedGetOrCompute").find())
                            .isFalse();
                    assertThat(m.substitution()).endsWith("=dev.racecard.showcase.shareddict.mutants.UnlockedPutDict");
                });
        assertThat(Focus.parse(focus.format().replace("~unlocked-put", ""), ShowcaseCatalog.CATALOG).selection())
                .isEqualTo(MutantSelection.NONE);
    }

    @Test
    void theDriverRanTheFixturesInTheirGroupDirectoryWithTheForkArgDespiteJcstressExit1() {
        // JcstressFixtures ran the driver and checked the run had no problem, although a fixture
        // observes a forbidden outcome, on which jcstress exits 1
        assertThat(JcstressFixtures.resultsFile().getParent()).isEqualTo(JcstressFixtures.resultsRoot().resolve("fixtures"));
        List<Experiment> experiments = JcstressFiles.read(JcstressFixtures.resultsRoot());
        assertThat(experiments).isNotEmpty().allSatisfy(e -> assertThat(e.configurations())
                .isNotEmpty().allSatisfy(c -> assertThat(c.jvmArgs()).contains(JcstressFixtures.FORK_ARG)));
    }

    @Test
    void resultsOfAnEarlierRunInAnotherSubdirectoryAreReported() throws IOException {
        Path old = Files.createDirectories(tmp.resolve("all"));
        Files.copy(JcstressFixtures.resultsFile(), old.resolve("jcstress-results-1.bin.gz"));
        Files.createDirectories(tmp.resolve("empty"));
        List<PlannedRun> plan = List.of(new PlannedRun("counter", "counter", List.of("x.A"), List.of(), "", Budget.Schedule.IN_TURN));
        assertThat(StressRuns.leftovers(tmp, plan)).containsExactly("all");
        assertThat(StressRuns.leftovers(tmp.resolve("absent"), plan)).isEmpty();
    }

    @Test
    void aRunWithoutResultsOrWithAnUnexplainedExitFailedToRun() throws IOException {
        PlannedRun run = new PlannedRun("fixtures", "fixtures", List.of("dev.racecard.report.fixtures.BrokenClaimsStress.ForbiddenObserved",
                "x.NeverRan"), List.of(), "", Budget.Schedule.IN_TURN);
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(StressRuns.judge(run, empty, 0, 1).problem()).contains("wrote no results");

        Path dir = Files.createDirectories(tmp.resolve("ran"));
        Files.copy(JcstressFixtures.resultsFile(), dir.resolve(JcstressFixtures.resultsFile().getFileName()));
        StressRuns.GroupRun forbidden = StressRuns.judge(run, dir, 1, 1);
        assertThat(forbidden.problem()).isNull();
        assertThat(forbidden.missingTests()).containsExactly("x.NeverRan");
        assertThat(StressRuns.judge(run, dir, 0, 1).problem()).isNull();
        assertThat(StressRuns.judge(run, dir, 3, 1).problem()).contains("exited 3");
    }
}
