package dev.racecard.reproduce;

import dev.racecard.catalog.ExperimentRef;
import dev.racecard.catalog.Focus;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.showcase.ShowcaseCatalog;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.evidence.ConfigurationRun;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.RunStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReproduceTest {

    @Test
    void aJcstressLineRunsNoExperimentsAndNoUnitTests() {
        assertThat(Reproduce.command(Tool.JCSTRESS, "dev.racecard.showcase.counter.CounterStress.Synchronized", "counter",
                "synchronized", "fresh-lock", Map.of())).isEqualTo("mvn -B verify "
                + "-Dracecard.focus='jcstress:dev.racecard.showcase.counter.CounterStress.Synchronized@counter/synchronized~fresh-lock' "
                + "-DskipITs -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false");
    }

    @Test
    void anExperimentLineRunsOnlyItsClassUnderFailsafe() {
        assertThat(Reproduce.command(Tool.CHILD_JVM, "dev.racecard.showcase.daemonshutdown.DaemonShutdownExperiment#shutdown-hook",
                "daemon-shutdown", "shutdown-hook", null, Map.of("trials", "20", Reproduce.SCALE_SETTING, "1")))
                .isEqualTo("mvn -B verify -Dracecard.focus='child-jvm:dev.racecard.showcase.daemonshutdown.DaemonShutdownExperiment"
                        + "#shutdown-hook@daemon-shutdown/shutdown-hook' -Dit.test=DaemonShutdownExperiment "
                        + "-Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false");
    }

    @Test
    void aUsersExtensionExperimentRunsItsTestClassUnderSurefireAfterAClean() {
        assertThat(Reproduce.command(Tool.LINCHECK, "com.example.counter.CounterTest#atomic", "counter", "atomic", null,
                Map.of(Reproduce.RECORDED_BY_SETTING, Reproduce.JUNIT_EXTENSION)))
                .isEqualTo("mvn -B clean verify -Dracecard.focus='lincheck:com.example.counter.CounterTest#atomic@counter/atomic'"
                        + " -Dtest=CounterTest");
    }

    @Test
    void anExtensionExperimentRunByFailsafeIsSelectedWithItTestAndKeepsItsScale() {
        Map<String, String> settings = Map.of(Reproduce.RECORDED_BY_SETTING, Reproduce.JUNIT_EXTENSION,
                Reproduce.RUNNER_SETTING, "failsafe", Reproduce.SCALE_SETTING, "5");
        assertThat(Reproduce.command(Tool.JUNIT, "dev.racecard.showcase.counter.CounterExperiment#plain", "counter",
                "plain", "split-lock", settings))
                .isEqualTo("mvn -B verify -Dracecard.focus='junit:dev.racecard.showcase.counter.CounterExperiment#plain"
                        + "@counter/plain~split-lock' -Dracecard.experiment.scale=5 -Dit.test=CounterExperiment "
                        + "-Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false");
        assertThat(Reproduce.command(Tool.JUNIT, "com.example.CounterTest#plain", "counter", "plain", null,
                Map.of(Reproduce.RECORDED_BY_SETTING, Reproduce.JUNIT_EXTENSION, Reproduce.SCALE_SETTING, "3")))
                .isEqualTo("mvn -B clean verify -Dracecard.focus='junit:com.example.CounterTest#plain@counter/plain'"
                        + " -Dracecard.experiment.scale=3 -Dtest=CounterTest");
    }

    @Test
    void carriesANonDefaultScaleAndTheJcstressBudget() {
        assertThat(Reproduce.command(Tool.JUNIT, "dev.racecard.showcase.counter.CounterExperiment#plain", "counter", "plain",
                null, Map.of(Reproduce.SCALE_SETTING, "5"))).contains(" -Dracecard.experiment.scale=5 ");
        assertThat(Reproduce.command(Tool.JCSTRESS, "dev.racecard.showcase.counter.CounterStress.Plain", "counter", "plain",
                null, Map.of(Reproduce.BUDGET_SETTING, "-m tough", Reproduce.SCALE_SETTING, "5")))
                .contains(" -Dracecard.jcstress.budget='-m tough' -DskipITs").doesNotContain("scale");
        assertThat(Reproduce.command(Tool.JCSTRESS, "dev.racecard.showcase.counter.CounterStress.Plain", "counter", "plain",
                null, Map.of(Reproduce.BUDGET_SETTING, "thorough"))).contains(" -Dracecard.jcstress.budget=thorough ");
    }

    @Test
    void readsTheBudgetFromTheForksFlags() {
        Experiment e = new Experiment("counter", "plain", Tool.JCSTRESS, "dev.racecard.showcase.counter.CounterStress.Plain",
                RunStatus.OK, List.of(), null, List.of(), Map.of(), Map.of("iterations", "1"),
                List.of(new ConfigurationRun("fork 1", List.of("-Xmx256m", Reproduce.budgetFlag("gate"), "-Xint"), null,
                        List.of())), 10);
        assertThat(Reproduce.settings(e)).containsEntry(Reproduce.BUDGET_SETTING, "gate").containsEntry("iterations", "1");
        assertThat(Reproduce.command(e)).contains(" -Dracecard.jcstress.budget=gate ");
    }

    @Test
    void noLineForATestNoVariantOwnsOrOneNoLineCanHold() {
        assertThat(Reproduce.command(Tool.JCSTRESS, "their.Test", null, null, null, Map.of())).isNull();
        assertThat(Reproduce.command(Tool.JUNIT, "x.Y#a\nrm -rf /", "counter", "plain", null, Map.of())).isNull();
    }

    /** Every experiment of every variant, and of every mutant through its tools: the shell hands the focus back intact. */
    @Test
    void theFocusInEveryLineOfTheCatalogParsesBack() throws Exception {
        List<String> lines = new ArrayList<>();
        List<Focus> expected = new ArrayList<>();
        for (Pattern p : ShowcaseCatalog.CATALOG.patterns()) {
            for (Variant v : p.variants()) {
                for (ExperimentRef x : v.experiments()) {
                    expected.add(new Focus(x.tool(), x.testId(), p.id(), v.id(), null));
                    for (Mutant m : v.mutants()) {
                        if (m.tools().contains(x.tool())) {
                            expected.add(new Focus(x.tool(), x.testId(), p.id(), v.id(), m.id()));
                        }
                    }
                }
            }
        }
        for (Focus f : expected) {
            lines.add(Reproduce.command(f.tool(), f.testId(), f.pattern(), f.variant(), f.mutant(), Map.of()));
        }
        List<List<String>> words = asTheShellSplitsThem(lines);
        assertThat(words).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String focus = words.get(i).stream().filter(w -> w.startsWith("-Dracecard.focus=")).findFirst().orElseThrow()
                    .substring("-Dracecard.focus=".length());
            assertThat(Focus.parse(focus, ShowcaseCatalog.CATALOG)).isEqualTo(expected.get(i));
            if (expected.get(i).tool() != Tool.JCSTRESS) {
                assertThat(words.get(i)).contains("-Dit.test=" + expected.get(i).testId()
                        .replaceAll("#.*", "").replaceAll(".*\\.", ""));
            }
        }
        assertThat(expected).hasSizeGreaterThan(100);
    }

    @Test
    void aQuoteOrADollarInATestIdStaysInsideItsWord() throws Exception {
        List<String> hostile = List.of("x.Y#it's", "x.Y#$(touch pwned)", "x.Y#`id`$HOME", "x.Y#a' ; echo 'b", "x.Y#\\'");
        List<String> lines = hostile.stream().map(id -> Reproduce.command(Tool.JUNIT, id, "p", "v", null, Map.of())).toList();
        List<List<String>> words = asTheShellSplitsThem(lines);
        for (int i = 0; i < hostile.size(); i++) {
            assertThat(words.get(i)).as(lines.get(i)).containsExactly("-B", "verify",
                    "-Dracecard.focus=junit:" + hostile.get(i) + "@p/v", "-Dit.test=Y",
                    "-Dtest=NONE", "-Dsurefire.failIfNoSpecifiedTests=false");
        }
    }

    /** Runs each line through sh with printf in mvn's place: one word a line, lines ending at "--". */
    private static List<List<String>> asTheShellSplitsThem(List<String> lines) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder();
        for (String line : lines) {
            assertThat(line).startsWith("mvn ").doesNotContain("\n");
            script.append("printf '%s\\n' ").append(line.substring("mvn ".length())).append("; echo --\n");
        }
        Process sh = new ProcessBuilder("sh", "-c", script.toString()).redirectErrorStream(true).start();
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sh.waitFor()).as(out).isZero();
        List<List<String>> words = new ArrayList<>();
        for (String command : out.split("--\n", -1)) {
            if (!command.isEmpty()) {
                words.add(Arrays.asList(command.split("\n")));
            }
        }
        return words;
    }
}
