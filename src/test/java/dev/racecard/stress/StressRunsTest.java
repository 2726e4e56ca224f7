package dev.racecard.stress;

import dev.racecard.report.JcstressFixtures;
import dev.racecard.report.UsesJcstressFixtures;
import dev.racecard.report.ingest.JcstressFiles;
import dev.racecard.evidence.Experiment;
import dev.racecard.stress.Budget.Group;
import dev.racecard.stress.StressRuns.PlannedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

@UsesJcstressFixtures
class StressRunsTest {

    static final Budget BUDGET = new Budget("b", List.of(
            Group.of("counter", "\\.CounterStress\\.", "-m quick -sc false", "atomicity"),
            Group.of("plain", "\\.Plain", "-m quick", "never gets a counter test: first match wins")),
            List.of("-m", "sanity"), List.of("-Xmx256m"));

    @TempDir
    Path tmp;

    /** Tests of the default kind, as a test without Racecard's annotation or a termination mode is. */
    static List<StressTest> interleavings(String... names) {
        return Stream.of(names).map(n -> new StressTest(n, TestKind.INTERLEAVING)).toList();
    }

    @Test
    void eachTestGoesToTheFirstGroupThatFindsItAndTheRestToOther() {
        List<PlannedRun> plan = StressRuns.plan(BUDGET, interleavings("x.CounterStress.Plain", "x.Dict.PlainPuts",
                "x.CounterStress.Atomic", "x.Queue.Blocking"));

        assertThat(plan).extracting(PlannedRun::group).containsExactly("counter", "plain", Budget.OTHER);
        assertThat(plan.get(0).tests()).containsExactly("x.CounterStress.Atomic", "x.CounterStress.Plain");
        assertThat(plan.get(0).options()).containsExactly("-m", "quick", "-sc", "false");
        assertThat(plan.get(1).tests()).containsExactly("x.Dict.PlainPuts");
        assertThat(plan.get(2).tests()).containsExactly("x.Queue.Blocking");
        assertThat(plan.get(2).options()).containsExactly("-m", "sanity");
    }

    @Test
    void aGroupWithAKindClaimsOnlyTheTestsOfThatKindThatItsPatternFinds() {
        Budget budget = new Budget("b", List.of(
                Group.ofKind(TestKind.STALE_READ, "reordering", Budget.Run.of("", "-m quick -f 3")),
                new Group("own", java.util.regex.Pattern.compile("\\.Local"), TestKind.OWN_WRITE,
                        List.of(Budget.Run.of("", "-m quick -jvmArgs -Xint")), "interpreter"),
                Group.of("rest", "", "-m quick", "any kind")),
                List.of(), List.of());
        List<PlannedRun> plan = StressRuns.plan(budget, List.of(
                new StressTest("x.Flag.PlainStaleRead", TestKind.STALE_READ),
                new StressTest("x.Local.Fields", TestKind.OWN_WRITE),
                new StressTest("x.Other.Fields", TestKind.OWN_WRITE),
                new StressTest("x.Local.Counter", TestKind.INTERLEAVING)));
        assertThat(plan).extracting(PlannedRun::directory, PlannedRun::tests).containsExactly(
                tuple("stale-read", List.of("x.Flag.PlainStaleRead")),
                tuple("own", List.of("x.Local.Fields")),
                tuple("rest", List.of("x.Local.Counter", "x.Other.Fields")));
    }

    @Test
    void aGroupWithSeveralRunsRunsItsTestsOncePerRunEachInItsOwnDirectory() {
        Budget budget = new Budget("b", List.of(Group.ofRuns("spin", "Spin", "contrast",
                Budget.Run.of("interpreter", "-m quick -jvmArgs -Xint", Budget.Schedule.ALONGSIDE),
                Budget.Run.of("tiered", "-m quick -jvmArgs -XX:+TieredCompilation", Budget.Schedule.YIELDING))),
                List.of(), List.of());
        List<PlannedRun> plan = StressRuns.plan(budget, interleavings("x.PlainSpin", "x.VolatileSpin"));
        assertThat(plan).extracting(PlannedRun::directory, PlannedRun::schedule).containsExactly(
                tuple("spin-interpreter", Budget.Schedule.ALONGSIDE), tuple("spin-tiered", Budget.Schedule.YIELDING));
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
        assertThat(StressRuns.plan(BUDGET, interleavings("x.CounterStress.Plain"))).extracting(PlannedRun::group)
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
        assertThat(StressRuns.judge(run, empty, 0, 1, null, null).problem()).contains("wrote no results");

        Path dir = Files.createDirectories(tmp.resolve("ran"));
        Files.copy(JcstressFixtures.resultsFile(), dir.resolve(JcstressFixtures.resultsFile().getFileName()));
        StressRuns.GroupRun forbidden = StressRuns.judge(run, dir, 1, 1, null, null);
        assertThat(forbidden.problem()).isNull();
        assertThat(forbidden.missingTests()).containsExactly("x.NeverRan");
        assertThat(StressRuns.judge(run, dir, 0, 1, null, null).problem()).isNull();
        assertThat(StressRuns.judge(run, dir, 3, 1, null, null).problem()).contains("exited 3");
    }

    @Test
    void alongsideRunsOverlapEachOtherAndTheInTurnRunsEvenWhenTheCommonPoolIsBusy() throws InterruptedException {
        // every worker of the common pool blocked, as one worker is on 2 cores: runs queued there would wait
        int workers = ForkJoinPool.commonPool().getParallelism();
        CountDownLatch poolBusy = new CountDownLatch(workers);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < workers; i++) {
            ForkJoinPool.commonPool().execute(() -> {
                poolBusy.countDown();
                awaitQuietly(release, 60);
            });
        }
        try {
            assertThat(poolBusy.await(10, TimeUnit.SECONDS)).isTrue();
            // each run arrives, then waits for the other two: only runs that overlap all get through
            CountDownLatch allRunning = new CountDownLatch(3);
            List<PlannedRun> plan = List.of(planned("in-turn", Budget.Schedule.IN_TURN),
                    planned("alongside", Budget.Schedule.ALONGSIDE), planned("yielding", Budget.Schedule.YIELDING));
            List<StressRuns.GroupRun> runs = StressRuns.runPlan(plan, p -> {
                allRunning.countDown();
                boolean overlapped = awaitQuietly(allRunning, 10);
                return new StressRuns.GroupRun(p, tmp, 0, 0, List.of(), overlapped ? null : "ran alone", List.of(), null, null);
            });
            assertThat(runs).extracting(r -> r.plan().directory()).containsExactly("in-turn", "alongside", "yielding");
            assertThat(runs).extracting(StressRuns.GroupRun::problem).containsOnlyNulls();
        } finally {
            release.countDown();
        }
    }

    private static PlannedRun planned(String name, Budget.Schedule schedule) {
        return new PlannedRun(name, name, List.of("x.A"), List.of(), "", schedule);
    }

    private static boolean awaitQuietly(CountDownLatch latch, int seconds) {
        try {
            return latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
