package dev.racecard.stress;

import dev.racecard.stress.StressRuns.PlannedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class JcstressBudgetsTest {

    /** A user's file: the gate budget redefined with a group of spin loops run twice and a group of two options. */
    static final String FILE = """
            # spin loops hang when compiled
            gate.groups = spin, counters
            gate.other = -m quick
            spin.tests = Spin$
            spin.gate.runs = interpreter, tiered
            spin.gate.interpreter = -m quick -jvmArgs -Xint
            spin.gate.interpreter.schedule = alongside
            spin.gate.tiered = -m quick -jvmArgs -XX:+TieredCompilation
            spin.gate.tiered.schedule = yielding
            spin.gate.why = compiled code hangs
            counters.tests = \\\\.CounterStress\\\\.
            counters.gate = -m quick -iters 1 \\
              -jvmArgs -XX:-TieredCompilation
            fork-args = -Xmx512m -XX:+UseSerialGC
            """;

    @TempDir
    Path tmp;

    static JcstressBudgets parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return BudgetFile.parse(p);
    }

    @Test
    void withoutAFileTheGateRunsEachKindOfTestWithItsOwnConfigurations() {
        Budget gate = JcstressBudgets.builtIn().named("gate");
        List<PlannedRun> plan = StressRuns.plan(gate, List.of(
                new StressTest("a.Counter", TestKind.INTERLEAVING), new StressTest("a.Dict", TestKind.INTERLEAVING),
                new StressTest("b.FlagSpin", TestKind.SPIN_LOOP), new StressTest("c.StaleRead", TestKind.STALE_READ),
                new StressTest("d.Start", TestKind.THREAD_START), new StressTest("e.Fields", TestKind.OWN_WRITE)));
        assertThat(plan).extracting(PlannedRun::directory, PlannedRun::tests, r -> String.join(" ", r.options()),
                PlannedRun::schedule).containsExactly(
                tuple("spin-loop-interpreter", List.of("b.FlagSpin"), "-m quick -sc false -jvmArgs -Xint",
                        Budget.Schedule.ALONGSIDE),
                tuple("spin-loop-tiered", List.of("b.FlagSpin"), "-m quick -sc false -jvmArgs -XX:+TieredCompilation",
                        Budget.Schedule.YIELDING),
                tuple("own-write", List.of("e.Fields"),
                        "-m quick -iters 3 -sc false -jvmArgs -Xint -strideCount 1 -strideSize 64", Budget.Schedule.IN_TURN),
                tuple("thread-start", List.of("d.Start"),
                        "-m quick -iters 1 -sc false -jvmArgs -XX:-TieredCompilation -strideCount 1 -strideSize 64",
                        Budget.Schedule.IN_TURN),
                tuple("stale-read", List.of("c.StaleRead"), "-m quick -iters 1 -sc false -jvmArgs -XX:-TieredCompilation -f 3",
                        Budget.Schedule.IN_TURN),
                tuple("interleaving", List.of("a.Counter", "a.Dict"),
                        "-m quick -iters 1 -sc false -jvmArgs -XX:-TieredCompilation", Budget.Schedule.IN_TURN));
        assertThat(gate.forkArgs()).containsExactly("-Xmx256m", "-Dracecard.jcstress.budget=gate");
    }

    @Test
    void everyKindHasItsGroupInTheBuiltInGateSoNoTestFallsToOther() {
        assertThat(JcstressBudgets.GATE_GROUPS).extracting(Budget.Group::kind).containsExactlyInAnyOrder(TestKind.values());
        assertThat(JcstressBudgets.GATE_GROUPS).allSatisfy(g -> assertThat(g.tests().pattern()).isEmpty());
    }

    @Test
    void withoutAFileSanityAndThoroughAreOneGroupOfEveryTest() {
        JcstressBudgets builtIn = JcstressBudgets.builtIn();
        assertThat(builtIn.names()).containsExactly("gate", "sanity", "thorough");
        assertThat(StressRuns.plan(builtIn.named("sanity"), List.of(new StressTest("a.B", TestKind.INTERLEAVING),
                new StressTest("c.DSpin", TestKind.SPIN_LOOP)))).singleElement().satisfies(r -> {
            assertThat(r.directory()).isEqualTo("all");
            assertThat(r.tests()).containsExactly("a.B", "c.DSpin");
            assertThat(r.options()).containsExactly("-m", "sanity");
        });
        assertThat(builtIn.named(" thorough ").groups().get(0).runs().get(0).options()).containsExactly("-m", "default");
    }

    @Test
    void anOptionLineIsOneGroupOfEveryTestNamedInTheForks() {
        Budget budget = JcstressBudgets.builtIn().named("-m tough -sc false");
        List<PlannedRun> plan = StressRuns.plan(budget, StressRunsTest.interleavings("a.B", "c.D"));
        assertThat(plan).singleElement().satisfies(r -> {
            assertThat(r.group()).isEqualTo("all");
            assertThat(r.options()).containsExactly("-m", "tough", "-sc", "false");
        });
        assertThat(budget.forkArgs()).containsExactly("-Xmx256m", "-Dracecard.jcstress.budget=-m tough -sc false");
        assertThatThrownBy(() -> JcstressBudgets.builtIn().named("-m quick -t Counter"))
                .hasMessageContaining("-t is set by the driver");
    }

    @Test
    void anUnknownNameIsRefusedWithTheNamesARunCanGive() {
        assertThatThrownBy(() -> JcstressBudgets.builtIn().named("fast")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown jcstress budget 'fast': gate, sanity, thorough, or a jcstress option line such as "
                        + "'-m quick -iters 1'");
        assertThatThrownBy(() -> parse(FILE.replace("gate.", "nightly.").replace(".gate", ".nightly")).named("fast"))
                .hasMessageContaining("'fast': nightly, gate, sanity, thorough,");
    }

    @Test
    void aFilesBudgetReplacesTheBuiltInOneItsGroupsInOrderAndItsForkArgsEveryBudgets() {
        JcstressBudgets budgets = parse(FILE);
        assertThat(budgets.names()).containsExactly("gate", "sanity", "thorough");
        Budget gate = budgets.named("gate");
        List<PlannedRun> plan = StressRuns.plan(gate, StressRunsTest.interleavings("x.CounterStress.PlainSpin", "x.CounterStress.Atomic",
                "x.Queue"));
        assertThat(plan).extracting(PlannedRun::directory, PlannedRun::schedule, PlannedRun::why).containsExactly(
                tuple("spin-interpreter", Budget.Schedule.ALONGSIDE, "compiled code hangs"),
                tuple("spin-tiered", Budget.Schedule.YIELDING, "compiled code hangs"),
                tuple("counters", Budget.Schedule.IN_TURN, ""),
                tuple(Budget.OTHER, Budget.Schedule.IN_TURN, "the budget's default for tests no group claims"));
        assertThat(plan.get(0).tests()).containsExactly("x.CounterStress.PlainSpin");
        assertThat(plan.get(1).options()).containsExactly("-m", "quick", "-jvmArgs", "-XX:+TieredCompilation");
        assertThat(plan.get(2).tests()).containsExactly("x.CounterStress.Atomic");
        assertThat(plan.get(2).options()).containsExactly("-m", "quick", "-iters", "1", "-jvmArgs", "-XX:-TieredCompilation");
        assertThat(plan.get(3).options()).containsExactly("-m", "quick");
        assertThat(gate.forkArgs()).containsExactly("-Xmx512m", "-XX:+UseSerialGC", "-Dracecard.jcstress.budget=gate");
        assertThat(budgets.named("sanity").forkArgs()).containsExactly("-Xmx512m", "-XX:+UseSerialGC",
                "-Dracecard.jcstress.budget=sanity");
    }

    @Test
    void aGroupRunsOnlyInTheBudgetsThatListIt() {
        JcstressBudgets budgets = parse(FILE + """
                nightly.groups = counters
                nightly.other = -m default
                counters.nightly = -m stress
                """);
        List<PlannedRun> plan = StressRuns.plan(budgets.named("nightly"), StressRunsTest.interleavings("x.CounterStress.PlainSpin"));
        assertThat(plan).extracting(PlannedRun::group).containsExactly("counters");
        assertThat(plan.get(0).options()).containsExactly("-m", "stress");
    }

    @Test
    void aSplitRunIsOneJcstressPerTestClassEachInItsOwnDirectory() {
        String stopFlag = "dev.racecard.showcase.stopflag.StopFlagStress.";
        String barrier = "dev.racecard.showcase.barrier.BarrierStress.";
        List<String> names = List.of(stopFlag + "PlainFlagSpin", barrier + "PhaserSpin", stopFlag + "VolatileFlagSpin",
                barrier + "SpinCounterSpin", "x.NotInTheTestListSpin");
        List<StressTest> tests = StressRunsTest.interleavings(names.toArray(String[]::new));
        List<PlannedRun> plan = StressRuns.plan(parse(FILE + "spin.gate.tiered.split = class\n").named("gate"), tests);
        assertThat(plan).extracting(PlannedRun::directory, PlannedRun::schedule, PlannedRun::tests).containsExactly(
                tuple("spin-interpreter", Budget.Schedule.ALONGSIDE, names.stream().sorted().toList()),
                tuple("spin-tiered.1", Budget.Schedule.YIELDING, List.of(barrier + "PhaserSpin", barrier + "SpinCounterSpin")),
                tuple("spin-tiered.2", Budget.Schedule.YIELDING, List.of(stopFlag + "PlainFlagSpin", stopFlag + "VolatileFlagSpin")),
                tuple("spin-tiered.3", Budget.Schedule.YIELDING, List.of("x.NotInTheTestListSpin")));
        assertThat(StressRuns.plan(parse(FILE + "spin.gate.tiered.split = test\n").named("gate"), tests))
                .extracting(PlannedRun::directory).containsExactly("spin-interpreter",
                        "spin-tiered.1", "spin-tiered.2", "spin-tiered.3", "spin-tiered.4", "spin-tiered.5");

        assertThatThrownBy(() -> parse(FILE + "spin.gate.tiered.split = pattern\n"))
                .hasMessageContaining("unknown split 'pattern' (none, class or test)");
        assertThatThrownBy(() -> parse(FILE + "counters.gate.split = class\n"))
                .hasMessageContaining("a split run runs beside the others");
    }

    @Test
    void aFilesGroupMayClaimAKindOfTestInsteadOfNames() {
        Budget gate = parse("""
                gate.groups = stale, counters
                gate.other = -m sanity
                stale.kind = stale-read
                stale.gate = -m quick -f 5
                counters.tests = Counter
                counters.kind = interleaving
                counters.gate = -m quick
                """).named("gate");
        List<PlannedRun> plan = StressRuns.plan(gate, List.of(new StressTest("x.FlagStaleRead", TestKind.STALE_READ),
                new StressTest("x.CounterStaleRead", TestKind.STALE_READ), new StressTest("x.Counter", TestKind.INTERLEAVING),
                new StressTest("x.CounterSpin", TestKind.SPIN_LOOP)));
        assertThat(plan).extracting(PlannedRun::directory, PlannedRun::tests).containsExactly(
                tuple("stale", List.of("x.CounterStaleRead", "x.FlagStaleRead")),
                tuple("counters", List.of("x.Counter")),
                tuple(Budget.OTHER, List.of("x.CounterSpin")));
        assertThatThrownBy(() -> parse("gate.groups = s\ngate.other =\ns.kind = stale\ns.gate = -m quick\n"))
                .hasMessage("s.kind: unknown test kind 'stale' (interleaving, spin-loop, stale-read, thread-start, own-write)");
        assertThatThrownBy(() -> parse("gate.groups = s\ngate.other =\ns.gate = -m quick\n"))
                .hasMessage("missing s.tests (or s.kind)");
    }

    @Test
    void aMistakeInTheFileIsRefusedWithTheKeyNamed() {
        assertThatThrownBy(() -> parse(FILE + "conters.gate = -m quick\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no budget uses conters.gate (a group's keys count only when a BUDGET.groups names it)");
        assertThatThrownBy(() -> parse(FILE.replace("gate.other = -m quick\n", "")))
                .hasMessage("missing gate.other");
        assertThatThrownBy(() -> parse(FILE.replace("counters.tests", "counter.tests")))
                .hasMessageContaining("missing counters.tests");
        assertThatThrownBy(() -> parse(FILE + "counters.gate.runs = a\n"))
                .hasMessageContaining("needs either counters.gate (one run) or counters.gate.runs");
        assertThatThrownBy(() -> parse(FILE.replace("alongside", "beside")))
                .hasMessageContaining("unknown schedule 'beside'");
        assertThatThrownBy(() -> parse(FILE.replace("Spin$", "Spin(")))
                .hasMessageContaining("spin.tests is not a regular expression");
        assertThatThrownBy(() -> parse(FILE.replace("-m quick -jvmArgs -Xint", "-m quick -r out")))
                .hasMessageContaining("-r is set by the driver");
        assertThatThrownBy(() -> parse(FILE.replace("interpreter, tiered", "why, tiered")))
                .hasMessageContaining("a run may not be named 'why'");
        assertThatThrownBy(() -> parse("fork-args = -Xmx1g\n")).hasMessageContaining("declares no budget");
    }

    @Test
    void aFileIsReadWithItsNameInEveryError() throws IOException {
        Path file = Files.writeString(tmp.resolve("budgets.properties"), FILE);
        assertThat(JcstressBudgets.of(file).named("gate").groups()).extracting(Budget.Group::name)
                .containsExactly("spin", "counters");
        assertThat(JcstressBudgets.of(null).names()).containsExactly("gate", "sanity", "thorough");
        assertThatThrownBy(() -> JcstressBudgets.of(tmp.resolve("absent.properties")))
                .hasMessage("budget file " + tmp.resolve("absent.properties") + " does not exist");
        Path bad = Files.writeString(tmp.resolve("bad.properties"), "gate.groups = a\n");
        assertThatThrownBy(() -> JcstressBudgets.of(bad)).hasMessage("budget file " + bad + ": missing a.tests (or a.kind)");
    }
}
