package dev.racecard.report;

import dev.racecard.evidence.ReusedEvidence;
import dev.racecard.history.HistoryStore;
import dev.racecard.stress.Budget;
import dev.racecard.stress.GroupHistory;
import dev.racecard.stress.StressCommand;
import dev.racecard.stress.StressRuns;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
 * <p>
 * A run the evidence history holds (the same fixtures, the same driver's bytes, the same JVM) is
 * restored from it instead ({@link GroupHistory}, {@code -Dracecard.history=off} runs it): a second
 * build's unit tests then wait for no jcstress.
 * <p>
 * One run serves a whole {@code mvn verify}: the unit tests' JVM publishes its run in the
 * directory named by {@value #PUBLISH} (moved there whole, once complete), and an integration
 * test's JVM given {@value #REUSE} reads it from there, as long as it is newer than the test
 * classes' {@code META-INF/TestList} (the fixtures compiled since would make it stale); otherwise
 * it runs its own.
 */
public final class JcstressFixtures {

    /** One JVM flag every fork of the fixture run gets, through the driver's {@code --fork-arg}. */
    public static final String FORK_ARG = "-Dracecard.fixture=true";

    /** System property: the directory to leave this JVM's run in, for later JVMs. */
    static final String PUBLISH = "racecard.fixtures.publish";
    /** System property: the directory a run was published in, to read instead of running one. */
    static final String REUSE = "racecard.fixtures.reuse";

    /** One configuration (and biased locking on and off, on JDK 17), unified compilation: cheap. */
    static final Budget BUDGET = new Budget("fixtures", List.of(Budget.Group.of("fixtures", "^dev\\.racecard\\.report\\.fixtures\\.",
            "-m quick -iters 2 -time 200 -sc false -jvmArgs -Xmx256m", "cheap: the fixtures test the report, not the JVM")),
            List.of("-m", "sanity"), List.of());

    /** The fixture run's results file and its root directory. */
    record FixtureRun(Path resultsFile, Path resultsRoot) {
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
            Optional<FixtureRun> published = publishedRun(System.getProperty(REUSE, ""));
            if (published.isPresent()) {
                return published.get();
            }
            String publish = System.getProperty(PUBLISH, "");
            Path dir = publish.isEmpty() ? Files.createTempDirectory("racecard-jcstress-fixtures")
                    : Files.createTempDirectory(Files.createDirectories(Path.of(publish).toAbsolutePath().getParent()),
                    "jcstress-fixtures-");
            Path log = dir.resolve("stress-runs.log");
            List<StressRuns.GroupRun> runs;
            try (PrintStream out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
                // the driver's own bytes are in the key: its tests read this run as the driver's work
                GroupHistory history = GroupHistory.of(HistoryStore.open(), "").dependingOn(StressCommand.class.getName());
                runs = StressRuns.run(BUDGET, dir, Pattern.compile("^dev\\.racecard\\.report\\.fixtures\\."),
                        List.of(FORK_ARG), Duration.ofMinutes(3), history, out);
                if (runs.size() != 1 || runs.get(0).problem() != null) {
                    throw new IllegalStateException("jcstress fixture run failed: " + runs + "; log: " + log);
                }
                // its forbidden outcome and error are what the report's tests need: kept whenever it ran whole
                history.saveEach(runs.stream().filter(r -> r.reused() == null && r.key() != null).toList(), out);
            }
            // the report's tests read the fixtures the same, run or restored: no reuse marker in them
            Files.deleteIfExists(dir.resolve("fixtures").resolve(ReusedEvidence.MARKER));
            List<Path> results = resultsFiles(dir);
            if (results.size() != 1) {
                throw new IllegalStateException("jcstress wrote " + results.size() + " results files; log: " + log);
            }
            Path root = publish.isEmpty() ? dir : publish(dir, Path.of(publish).toAbsolutePath());
            return new FixtureRun(root.resolve(dir.relativize(results.get(0))), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a complete run to where later JVMs look; if another JVM got there first, keeps this one where it is. */
    private static Path publish(Path run, Path destination) throws IOException {
        try {
            if (Files.exists(destination)) {
                try (Stream<Path> old = Files.walk(destination)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return Files.move(run, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return run;
        }
    }

    /** A run published by an earlier JVM of this build, unless the fixtures were compiled after it. */
    static Optional<FixtureRun> publishedRun(String reuse) throws IOException {
        if (reuse.isEmpty() || !Files.isDirectory(Path.of(reuse, "fixtures"))) {
            return Optional.empty();
        }
        Path dir = Path.of(reuse).toAbsolutePath();
        List<Path> results = resultsFiles(dir);
        URL testList = JcstressFixtures.class.getClassLoader().getResource("META-INF/TestList");
        if (results.size() != 1 || testList == null || !"file".equals(testList.getProtocol())) {
            return Optional.empty();
        }
        Path compiled = Path.of(URI.create(testList.toString()));
        boolean fresh = Files.getLastModifiedTime(results.get(0)).compareTo(Files.getLastModifiedTime(compiled)) > 0;
        return fresh ? Optional.of(new FixtureRun(results.get(0), dir)) : Optional.empty();
    }

    private static List<Path> resultsFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("fixtures"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bin.gz")).toList();
        }
    }
}
