package dev.racecard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scale benchmark: renders a report over a jcstress results file with thousands of tests, and
 * runs jcstress's own report printer ({@code -p}) on the same file, each in a fresh JVM under
 * {@code /usr/bin/time} for wall time and peak resident memory. Prints medians of a few runs and
 * writes them to target/scale-benchmark.md. Run: {@code mvn -B test-compile exec:exec@scale-benchmark}
 * after {@code mvn verify} (its jcstress results are the template).
 * Arguments: template results (file or directory), number of tests, repetitions.
 */
public final class ScaleBenchmark {

    private record Sample(double seconds, long peakKb) {
    }

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path template = Path.of(args.length > 0 ? args[0] : "target/racecard/jcstress");
        int tests = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("racecard-scale");
        ScaleFixture.Fixture fixture = ScaleFixture.build(template, work, tests);
        String classpath = fixture.classpathRoot() + java.io.File.pathSeparator + System.getProperty("java.class.path");
        System.out.printf("fixture: %,d tests, %,d bytes: %s%n", tests, Files.size(fixture.resultsFile()), fixture.resultsFile());

        List<Sample> racecard = new ArrayList<>();
        List<Sample> racecardSmallHeap = new ArrayList<>();
        List<Sample> jcstress = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            racecard.add(time(work, classpath, List.of(), "dev.racecard.report.cli.RacecardCli", "report", "--no-catalog",
                    "--jcstress", fixture.resultsFile().toString(), "--out", work.resolve("racecard-" + i).toString()));
            // the same with a 256 MB heap: memory is bounded by the results, not by the page
            racecardSmallHeap.add(time(work, classpath, List.of("-Xmx256m"), "dev.racecard.report.cli.RacecardCli",
                    "report", "--no-catalog", "--jcstress", fixture.resultsFile().toString(),
                    "--out", work.resolve("racecard-small-" + i).toString()));
            jcstress.add(time(work, classpath, List.of(), "org.openjdk.jcstress.Main", "-p",
                    fixture.resultsFile().toString(), "-r", work.resolve("jcstress-" + i).toString()));
        }
        long htmlBytes = Files.size(work.resolve("racecard-0/index.html"));
        String table = String.format(Locale.ROOT, """
                        | report printer (%,d tests, %d runs, medians) | wall time | peak RSS |
                        |---|---|---|
                        | Racecard `report` (index.html %,d bytes, racecard.json, summary.md, junit.xml) | %.2f s | %,d MB |
                        | Racecard `report`, `-Xmx256m` | %.2f s | %,d MB |
                        | jcstress `-p` (its text and HTML reports) | %.2f s | %,d MB |
                        """, tests, runs, htmlBytes,
                median(racecard), medianKb(racecard) / 1024, median(racecardSmallHeap), medianKb(racecardSmallHeap) / 1024,
                median(jcstress), medianKb(jcstress) / 1024);
        System.out.println(table);
        Path out = Path.of("target", "scale-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    private static Sample time(Path work, String classpath, List<String> jvmOptions, String mainClass, String... args)
            throws IOException, InterruptedException {
        Path timing = Files.createTempFile(work, "time", ".txt");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", timing.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve(mainClass + ".log").toFile()).start();
        int status = p.waitFor();
        String[] measured = Files.readString(timing).strip().split("\\s+");
        if (measured.length != 2) {
            throw new IllegalStateException(mainClass + " exited " + status + ": " + String.join(" ", measured));
        }
        return new Sample(Double.parseDouble(measured[0]), Long.parseLong(measured[1]));
    }

    private static double median(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::seconds).sorted().toArray()[samples.size() / 2];
    }

    private static long medianKb(List<Sample> samples) {
        return samples.stream().mapToLong(Sample::peakKb).sorted().toArray()[samples.size() / 2];
    }
}
