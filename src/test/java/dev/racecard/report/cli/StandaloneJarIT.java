package dev.racecard.report.cli;

import dev.racecard.report.JcstressFixtures;
import dev.racecard.report.UsesJcstressFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged CLI, as another project would run it: {@code java -jar target/racecard-cli.jar}
 * on jcstress results of tests this project's harness does not own (the report fixtures).
 */
@UsesJcstressFixtures
class StandaloneJarIT {

    static final Path JAR = Path.of("target", "racecard-cli.jar");

    @TempDir
    Path out;

    private Process run(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return p;
    }

    @Test
    void gradesForeignResultsWithTheirTestClasses() throws Exception {
        Process p = run("report", "--catalog", "none", "--test-classes", Path.of("target", "test-classes").toString(),
                "--jcstress", JcstressFixtures.resultsFile().toString(), "--out", out.toString());
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.exitValue()).as(output).isEqualTo(RacecardCli.GATE_FAILED);
        assertThat(output).contains("forbidden outcome '1'").contains("racecard: gate FAILED");
        assertThat(Files.readString(out.resolve("index.html"))).contains("BrokenClaimsStress.ForbiddenObserved");
    }

    @Test
    void withoutTheTestClassesItSaysWhatIsMissing() throws Exception {
        Process p = run("gate", "--catalog", "none", "--jcstress", JcstressFixtures.resultsFile().toString());
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.exitValue()).isEqualTo(RacecardCli.BAD_INPUT);
        assertThat(output.strip()).startsWith("racecard: error: no META-INF/TestList on the classpath")
                .contains("--test-classes").doesNotContain("\tat ");
        assertThat(output.strip().lines()).hasSize(1);
    }
}
