package dev.racecard.maven;

import dev.racecard.catalog.MutantSelection;
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
 * Runs the project's jcstress tests (its test classes' {@code META-INF/TestList}) through Racecard's
 * jcstress driver ({@code dev.racecard.stress.StressCommand}, forked): one jcstress per group of
 * tests under a budget, each in {@code resultsDirectory/<group>/}, then the catalog's mutants that
 * run through jcstress ({@code racecard.mutants}) in their variants' tests, each in
 * {@code mutantResultsDirectory/<pattern>~<variant>~<mutant>/}, where {@code racecard:report}
 * reads them. Both directories are emptied first, so an earlier run never counts. Forbidden
 * outcomes do not fail this goal: they are the gate's to judge. It fails only when a jcstress run
 * failed to run (no results, a crash, a timeout).
 */
@Mojo(name = "stress", defaultPhase = LifecyclePhase.INTEGRATION_TEST,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class StressMojo extends AbstractRacecardMojo {

    /** A budget of {@code budgetFile}, a built-in one (sanity, gate, thorough), or a jcstress option line. */
    @Parameter(property = "racecard.jcstress.budget", defaultValue = "gate")
    String budget;

    /**
     * A properties file of groups of tests and their jcstress options per budget (see
     * {@code dev.racecard.stress.BudgetFile}); without it, the built-in gate runs each kind of test
     * with the configurations that show its race (a test's kind: {@code dev.racecard.stress.TestKind}).
     */
    @Parameter(property = "racecard.jcstress.budgetFile")
    File budgetFile;

    /** Which tests: a regular expression found in their names, as jcstress's {@code -t}. */
    @Parameter(property = "racecard.jcstress.tests", defaultValue = ".*")
    String tests;

    /**
     * More JVM flags for every jcstress fork, split at spaces, after the budget's own
     * ({@code -jvmArgsPrepend}: the configuration matrix is kept).
     */
    @Parameter(property = "racecard.jcstress.forkArgs")
    String forkArgs;

    /** A reproduce line's focus: its jcstress test alone, or no jcstress for another tool's experiment. */
    @Parameter(property = "racecard.focus")
    String focus;

    /**
     * Which mutants run in their variants' places ({@code none}, {@code gate}, {@code all}): here,
     * those declared with {@code Tool.JCSTRESS} that the selection runs through jcstress
     * ({@code all}; {@code gate} puts no mutant through jcstress). The same property as the report's.
     */
    @Parameter(property = "racecard.mutants", defaultValue = "none")
    String mutants;

    /** The catalog whose mutants run: {@code auto} (every registered provider), a provider's class name, or {@code none}. */
    @Parameter(property = "racecard.catalog", defaultValue = "auto")
    String catalog;

    @Parameter(property = "racecard.jcstress.dir", defaultValue = "${project.build.directory}/racecard/jcstress")
    File resultsDirectory;

    @Parameter(property = "racecard.mutants.jcstress.dir",
            defaultValue = "${project.build.directory}/racecard/jcstress-mutants")
    File mutantResultsDirectory;

    /**
     * The evidence history, {@code on} or {@code off}: a jcstress run whose key it holds is restored
     * from it, not run (see {@code dev.racecard.stress.GroupHistory}). With {@code historyDir} and
     * {@code historyMaxAge} (empty: {@code ~/.racecard/history}, P7D), passed to the driver's JVM.
     */
    @Parameter(property = "racecard.history", defaultValue = "on")
    String history;

    @Parameter(property = "racecard.history.dir")
    String historyDir;

    @Parameter(property = "racecard.history.maxAge")
    String historyMaxAge;

    @Parameter(defaultValue = "${project.build.testOutputDirectory}", readonly = true)
    File testClasses;

    @Override
    void run() throws MojoExecutionException {
        try {
            MutantSelection.parse(mutants);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Racecard: mutants '" + mutants + "' is not one of none, gate, all (racecard.mutants)");
        }
        if (!new File(testClasses, "META-INF/TestList").isFile()) {
            getLog().info("Racecard: no jcstress tests in " + testClasses + " (no META-INF/TestList): nothing to stress");
            return;
        }
        for (File dir : List.of(resultsDirectory, mutantResultsDirectory)) {
            try {
                clean(dir.toPath());
            } catch (IOException e) {
                throw new MojoExecutionException("Racecard: cannot empty " + dir + ": " + oneLine(e.getMessage()));
            }
        }
        List<String> args = new ArrayList<>(List.of("--budget", budget, "--tests", tests,
                "--results", resultsDirectory.getAbsolutePath(), "--mutants", mutants.strip(),
                "--mutant-results", mutantResultsDirectory.getAbsolutePath(), "--catalog", catalog));
        if (budgetFile != null) {
            args.addAll(List.of("--budget-file", budgetFile.getAbsolutePath()));
        }
        if (focus != null && !focus.isBlank()) {
            args.addAll(List.of("--focus", focus.strip()));
        }
        if (forkArgs != null) {
            for (String flag : forkArgs.strip().split("\\s+")) {
                if (!flag.isEmpty()) {
                    args.addAll(List.of("--fork-arg", flag));
                }
            }
        }
        // the driver's JVM class path is the jcstress forks' too: the project's tests and catalog, and the driver
        List<String> historySettings = List.of("-Dracecard.history=" + history.strip(),
                "-Dracecard.history.dir=" + (historyDir == null ? "" : historyDir.strip()),
                "-Dracecard.history.maxAge=" + (historyMaxAge == null ? "" : historyMaxAge.strip()));
        Forked run = fork(classpath(true), historySettings, "dev.racecard.stress.StressCommand", args, null, null);
        switch (run.status()) {
            case 0 -> {
            }
            case 1 -> throw new MojoExecutionException("Racecard: a jcstress run failed to run (see the lines above and "
                    + "its jcstress.log under " + resultsDirectory + " or " + mutantResultsDirectory + ")");
            default -> throw new MojoExecutionException("Racecard: "
                    + (run.lastError() == null ? "jcstress driver exit status " + run.status() : run.lastError()));
        }
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
