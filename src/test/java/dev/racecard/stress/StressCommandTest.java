package dev.racecard.stress;

import dev.racecard.api.CatalogProvider;
import dev.racecard.catalog.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StressCommandTest {

    /** The tests of this test class path that only the report's fixtures have. */
    static final String FIXTURES = "^dev\\.racecard\\.report\\.fixtures\\.";

    /** {@link MutantStressRunsTest#CATALOG}, as a user registers a catalog. */
    public static class Provider implements CatalogProvider {
        @Override
        public List<Pattern> patterns() {
            return MutantStressRunsTest.CATALOG.patterns();
        }
    }

    @TempDir
    Path tmp;

    record Ran(int status, String out, String err) {
    }

    static Ran run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = StressCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Ran(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badUsageIsOneErrorLineTheUsageAndExit2() {
        assertThat(run()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(StressCommand.USAGE);
            assertThat(r.err().lines().toList()).hasSize(2).first()
                    .isEqualTo("racecard: error: stress: --budget and --results are required");
            assertThat(r.out()).isEmpty();
        });
        assertThat(run("--budget", "gate", "--results", "r", "--fast").err()).startsWith("racecard: error: stress: unknown option --fast");
        assertThat(run("--budget", "gate", "--results").err()).startsWith("racecard: error: stress: --results needs a value");
        assertThat(run("--budget", "fast", "--results", "r").err()).startsWith("racecard: error: stress: unknown jcstress budget 'fast'");
        assertThat(run("--budget", "gate", "--results", "r", "--budget-file", tmp.resolve("none").toString()).err())
                .startsWith("racecard: error: stress: budget file " + tmp.resolve("none") + " does not exist");
        assertThat(run("--budget", "gate", "--results", "r", "--mutants", "some").err())
                .startsWith("racecard: error: stress: unknown mutant selection 'some'");
        assertThat(run("--budget", "gate", "--results", "r", "--mutants", "all", "--catalog", Provider.class.getName()).err())
                .startsWith("racecard: error: stress: --mutants all needs --mutant-results");
        assertThat(run("--budget", "gate", "--results", "r", "--tests", "(").status()).isEqualTo(StressCommand.USAGE);
        assertThat(run("--budget", "gate", "--results", "r", "--focus", "jcstress:x.Nope@counter/atomic",
                "--catalog", Provider.class.getName()).err())
                .startsWith("racecard: error: stress: focus: counter/atomic declares no jcstress experiment 'x.Nope'");
    }

    @Test
    void aHistorySettingThatIsNeitherOnNorOffIsBadUsage() {
        String before = System.getProperty("racecard.history");
        System.setProperty("racecard.history", "maybe");
        try {
            Ran r = run("--budget", "gate", "--results", tmp.toString(), "--tests", FIXTURES);
            assertThat(r.status()).isEqualTo(StressCommand.USAGE);
            assertThat(r.err()).startsWith("racecard: error: stress: -Dracecard.history=maybe: on or off");
            assertThat(tmp).isEmptyDirectory();
        } finally {
            if (before == null) {
                System.clearProperty("racecard.history");
            } else {
                System.setProperty("racecard.history", before);
            }
        }
    }

    @Test
    void thePlanShowsEachRunsTestsAndOptionsAndRunsNothing() {
        Ran r = run("--plan", "--budget", "-m quick -iters 2", "--tests", FIXTURES);
        assertThat(r.status()).isEqualTo(StressCommand.RAN);
        assertThat(r.out().lines().toList()).containsExactly("all: -m quick -iters 2",
                "  dev.racecard.report.fixtures.BrokenClaimsStress.ActorThrows",
                "  dev.racecard.report.fixtures.BrokenClaimsStress.ForbiddenObserved");
    }

    @Test
    void thePlanOfTheMutantsRunNamesEachMutantAndItsSubstitution() {
        Ran r = run("--plan", "--budget", "sanity", "--tests", FIXTURES, "--mutants", "all",
                "--catalog", Provider.class.getName());
        assertThat(r.out()).contains("mutant counter/atomic~get-then-set: -Dracecard.substitute=x.AtomicCounter=x.GetThenSet\n"
                + "  ^(\\Qx.CounterStress.Atomic\\E|\\Qx.CounterStress.AtomicTwice\\E)$");
        assertThat(run("--plan", "--budget", "sanity", "--tests", FIXTURES, "--mutants", "gate",
                "--catalog", Provider.class.getName()).out()).doesNotContain("mutant ");
    }

    @Test
    void aFocusOnAnotherToolsExperimentRunsNoJcstressAndOnAMutantRunsItsOneTestWithIt() {
        Ran lincheck = run("--budget", "gate", "--results", tmp.toString(), "--catalog", Provider.class.getName(),
                "--focus", "lincheck:x.CounterTest#locked@counter/locked");
        assertThat(lincheck.status()).isEqualTo(StressCommand.RAN);
        assertThat(lincheck.out()).isEqualTo("stress-runs: focus lincheck:x.CounterTest#locked@counter/locked is a lincheck "
                + "experiment: no jcstress to run\n");
        assertThat(tmp).isEmptyDirectory();

        Ran mutant = run("--plan", "--budget", "gate", "--catalog", Provider.class.getName(),
                "--focus", "jcstress:x.CounterStress.AtomicTwice@counter/atomic~get-then-set");
        assertThat(mutant.out()).contains("its jcstress test alone, and with its mutant in the variant's place")
                .contains("mutant counter/atomic~get-then-set: -Dracecard.substitute=x.AtomicCounter=x.GetThenSet\n"
                        + "  ^(\\Qx.CounterStress.AtomicTwice\\E)$");
    }
}
