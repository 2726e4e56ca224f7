package dev.racecard.maven;

import dev.racecard.catalog.Focus;
import dev.racecard.catalog.Tool;
import dev.racecard.stress.StressBudget;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the project's jcstress tests (its test classes' {@code META-INF/TestList}) in a forked JVM,
 * {@code java -cp <test class path> org.openjdk.jcstress.Main}, under a budget; the results file
 * and jcstress's log ({@code jcstress.log}) land in {@code resultsDirectory}, which is emptied first
 * so an earlier run never counts. Forbidden outcomes do not fail this goal: they are the gate's to
 * judge. It fails only when jcstress wrote no results.
 */
@Mojo(name = "stress", defaultPhase = LifecyclePhase.INTEGRATION_TEST,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class StressMojo extends AbstractRacecardMojo {

    /** gate, thorough, sanity, or a jcstress option line such as {@code -m quick -iters 1}. */
    @Parameter(property = "racecard.jcstress.budget", defaultValue = "gate")
    String budget;

    /** Which tests: a regular expression found in their names, as jcstress's {@code -t}. */
    @Parameter(property = "racecard.jcstress.tests", defaultValue = ".*")
    String tests;

    /** JVM flags for every jcstress fork ({@code -jvmArgsPrepend}: the configuration matrix is kept). */
    @Parameter(property = "racecard.jcstress.forkArgs", defaultValue = "-Xmx256m")
    String forkArgs;

    /** A reproduce line's focus: its jcstress test alone, or no jcstress for another tool's experiment. */
    @Parameter(property = "racecard.focus")
    String focus;

    @Parameter(property = "racecard.jcstress.dir", defaultValue = "${project.build.directory}/racecard/jcstress")
    File resultsDirectory;

    @Parameter(defaultValue = "${project.build.testOutputDirectory}", readonly = true)
    File testClasses;

    @Override
    void run() throws MojoExecutionException {
        List<String> options;
        try {
            options = new ArrayList<>(StressBudget.options(budget));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Racecard: " + e.getMessage() + " (racecard.jcstress.budget)");
        }
        String testsFound = tests;
        if (focus != null && !focus.isBlank()) {
            Focus focused;
            try {
                focused = Focus.parse(focus.strip());
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("Racecard: " + oneLine(e.getMessage()) + " (racecard.focus)");
            }
            if (focused.tool() != Tool.JCSTRESS) {
                getLog().info("Racecard: racecard.focus names a " + focused.tool().id() + " experiment: no jcstress");
                return;
            }
            testsFound = "^" + java.util.regex.Pattern.quote(focused.testId()) + "$";
        }
        if (!new File(testClasses, "META-INF/TestList").isFile()) {
            getLog().info("Racecard: no jcstress tests in " + testClasses + " (no META-INF/TestList): nothing to stress");
            return;
        }
        Path results = resultsDirectory.toPath();
        try {
            clean(results);
            Files.createDirectories(results);
        } catch (IOException e) {
            throw new MojoExecutionException("Racecard: cannot prepare " + results + ": " + oneLine(e.getMessage()));
        }
        options.addAll(List.of("-t", testsFound, "-r", results.resolve("html").toString()));
        if (forkArgs != null && !forkArgs.isBlank()) {
            options.addAll(List.of("-jvmArgsPrepend", forkArgs.strip()));
        }
        File log = results.resolve("jcstress.log").toFile();
        getLog().info("Racecard: jcstress " + String.join(" ", options) + " (log: " + log + ")");
        long start = System.nanoTime();
        Forked run = fork(testClasspath(), List.of(), "org.openjdk.jcstress.Main", options, results.toFile(), log);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        boolean wrote;
        try (Stream<Path> files = Files.list(results)) {
            wrote = files.anyMatch(p -> p.getFileName().toString().matches("jcstress-results-.*\\.bin\\.gz"));
        } catch (IOException e) {
            wrote = false;
        }
        if (!wrote) {
            throw new MojoExecutionException("Racecard: jcstress wrote no results (exit status " + run.status()
                    + "); see " + log);
        }
        getLog().info("Racecard: jcstress ran in " + seconds + " s (exit status " + run.status()
                + (run.status() == 1 ? ": some test failed, for the gate to judge" : "") + "); results in " + results);
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
