package dev.racecard.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real jcstress run over the fixtures in {@code dev.racecard.report.fixtures}, once per test
 * JVM: its results file holds an observed FORBIDDEN outcome and a test error, exactly as jcstress
 * writes them. Takes ~10 s on 2 cores.
 */
public final class JcstressFixtures {

    private static Path results;

    private JcstressFixtures() {
    }

    public static synchronized Path resultsFile() {
        if (results == null) {
            results = run();
        }
        return results;
    }

    private static Path run() {
        try {
            Path dir = Files.createTempDirectory("racecard-jcstress-fixtures");
            Path log = dir.resolve("jcstress.log");
            Process process = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "org.openjdk.jcstress.Main",
                    "-t", "^dev\\.racecard\\.report\\.fixtures\\.",
                    "-m", "quick", "-iters", "2", "-time", "200", "-sc", "false", "-jvmArgs", "-Xmx256m",
                    "-r", dir.resolve("report").toString())
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("jcstress fixture run timed out; log: " + log);
            }
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".bin.gz")).toList();
                if (found.size() != 1) {
                    throw new IllegalStateException("jcstress wrote " + found.size() + " results files; log: " + log);
                }
                return found.get(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
