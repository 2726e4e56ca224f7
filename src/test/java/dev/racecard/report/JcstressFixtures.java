package dev.racecard.report;

import dev.racecard.stressrun.Budget;
import dev.racecard.stressrun.StressRuns;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real jcstress run over the fixtures in {@code dev.racecard.report.fixtures}, once per test
 * JVM, through the stress-run driver as {@code mvn verify} runs it: its results file holds an
 * observed FORBIDDEN outcome and a test error, exactly as jcstress writes them, and every fork
 * ran with {@link #FORK_ARG}. Takes 10-20 s on 2 cores, mostly on one of them while the test JVM
 * runs its other classes on the other (see {@link #startInBackground()}).
 */
public final class JcstressFixtures {

    /** One JVM flag every fork of the fixture run gets, through the driver's {@code --fork-arg}. */
    public static final String FORK_ARG = "-Dracecard.fixture=true";

    /** One configuration (and biased locking on and off, on JDK 17), unified compilation: cheap. */
    static final Budget BUDGET = new Budget("fixtures", List.of(Budget.Group.of("fixtures", "^dev\\.racecard\\.report\\.fixtures\\.",
            "-m quick -iters 2 -time 200 -sc false -jvmArgs -Xmx256m", "cheap: the fixtures test the report, not the JVM")),
            List.of("-m", "sanity"), List.of());

    /** The fixture run's results file and its root directory. */
    private record FixtureRun(Path resultsFile, Path resultsRoot) {
    }

    private static CompletableFuture<FixtureRun> run; // guarded by JcstressFixtures.class

    private JcstressFixtures() {
    }

    /**
     * Starts the run on another thread unless it has started: {@link JcstressFixturesEarlyStart}
     * calls this when a test plan that reads the fixtures begins, so the run overlaps the tests
     * before the first reader. If the JVM exits first, its jcstress is stopped with it.
     */
    public static void startInBackground() {
        started();
    }

    private static synchronized CompletableFuture<FixtureRun> started() {
        if (run == null) {
            // its own thread, not the common pool: on 2 cores that pool has one, which tests may want
            CompletableFuture<FixtureRun> started = CompletableFuture.supplyAsync(JcstressFixtures::runNow, task -> {
                Thread t = new Thread(task, "jcstress-fixtures");
                t.setDaemon(true);
                t.start();
            });
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (!started.isDone()) {
                    ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
                }
            }));
            run = started;
        }
        return run;
    }

    public static Path resultsFile() {
        return awaitRun().resultsFile();
    }

    /** The driver's results directory: one subdirectory, {@code fixtures/}, with the results file. */
    public static Path resultsRoot() {
        return awaitRun().resultsRoot();
    }

    private static FixtureRun awaitRun() {
        try {
            return started().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static FixtureRun runNow() {
        try {
            Path dir = Files.createTempDirectory("racecard-jcstress-fixtures");
            Path log = dir.resolve("stress-runs.log");
            List<StressRuns.GroupRun> runs;
            try (PrintStream out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
                runs = StressRuns.run(BUDGET, dir, Pattern.compile("^dev\\.racecard\\.report\\.fixtures\\."),
                        List.of(FORK_ARG), Duration.ofMinutes(3), out);
            }
            if (runs.size() != 1 || runs.get(0).problem() != null) {
                throw new IllegalStateException("jcstress fixture run failed: " + runs + "; log: " + log);
            }
            try (Stream<Path> files = Files.list(dir.resolve("fixtures"))) {
                List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".bin.gz")).toList();
                if (found.size() != 1) {
                    throw new IllegalStateException("jcstress wrote " + found.size() + " results files; log: " + log);
                }
                return new FixtureRun(found.get(0), dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
