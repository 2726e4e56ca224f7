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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real jcstress run over the fixtures in {@code dev.racecard.report.fixtures}, once per test
 * JVM, through the stress-run driver as {@code mvn verify} runs it: its results file holds an
 * observed FORBIDDEN outcome and a test error, exactly as jcstress writes them, and every fork
 * ran with {@link #FORK_ARG}. Takes ~10 s on 2 cores.
 */
public final class JcstressFixtures {

    /** One JVM flag every fork of the fixture run gets, through the driver's {@code --fork-arg}. */
    public static final String FORK_ARG = "-Dracecard.fixture=true";

    /** One configuration (and biased locking on and off, on JDK 17), unified compilation: cheap. */
    static final Budget BUDGET = new Budget("fixtures", List.of(Budget.Group.of("fixtures", "^dev\\.racecard\\.report\\.fixtures\\.",
            "-m quick -iters 2 -time 200 -sc false -jvmArgs -Xmx256m", "cheap: the fixtures test the report, not the JVM")),
            List.of("-m", "sanity"), List.of());

    private static Path results;
    private static Path resultsRoot;

    private JcstressFixtures() {
    }

    public static synchronized Path resultsFile() {
        if (results == null) {
            run();
        }
        return results;
    }

    /** The driver's results directory: one subdirectory, {@code fixtures/}, with the results file. */
    public static synchronized Path resultsRoot() {
        resultsFile();
        return resultsRoot;
    }

    private static void run() {
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
                results = found.get(0);
                resultsRoot = dir;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
