package dev.racecard.bench;

import dev.racecard.bench.Timing.Runs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scale benchmark, in one run on one machine, each command in a fresh JVM under {@code /usr/bin/time}:
 * <ol>
 * <li>10,000 jcstress results (written by jcstress's own writer from a real run, {@link ScaleFixture}):
 * Racecard's {@code report --catalog none} at {@code -Xmx256m} against jcstress's own printer
 * ({@code -p … -r …}) at {@code -Xmx256m} and without a heap limit;</li>
 * <li>{@code racecard merge} of ten environments × the whole catalog ({@link MergeFixture}) at {@code -Xmx256m}.</li>
 * </ol>
 * The runs of the compared commands alternate, so load from other work on the machine falls on
 * each alike. Prints medians of N runs and writes them to target/scale-benchmark.md. Run:
 * {@code mvn -B test-compile exec:exec@scale-benchmark} after {@code mvn verify} (its jcstress
 * results are the template). Arguments: template results (file or directory), number of tests, runs.
 */
public final class ScaleBenchmark {

    private static final List<String> SMALL_HEAP = List.of("-Xmx256m");

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path template = Path.of(args.length > 0 ? args[0] : "target/racecard/jcstress").toAbsolutePath();
        int tests = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("racecard-scale");
        ScaleFixture.Fixture fixture = ScaleFixture.build(template, work, tests);
        String classpath = fixture.classpathRoot() + File.pathSeparator + absolute(System.getProperty("java.class.path"));
        String results = fixture.resultsFile().toString();
        String load = load();

        Runs racecard = new Runs("Racecard `report --catalog none`", "-Xmx256m", new ArrayList<>());
        Runs jcstress = new Runs("jcstress `-p … -r …`", "-Xmx256m", new ArrayList<>());
        Runs jcstressUnlimited = new Runs("jcstress `-p … -r …`", "none (JVM default: ¼ of " + ramGb() + " GB RAM)",
                new ArrayList<>());
        for (int i = 0; i < n; i++) {
            racecard.samples().add(Timing.run(work, classpath, SMALL_HEAP, "dev.racecard.report.cli.RacecardCli",
                    work.resolve("racecard-" + i + ".log"), "report", "--catalog", "none", "--jcstress", results,
                    "--out", work.resolve("racecard-" + i).toString()));
            jcstress.samples().add(Timing.run(work, classpath, SMALL_HEAP, "org.openjdk.jcstress.Main",
                    work.resolve("jcstress-" + i + ".log"), "-p", results, "-r", work.resolve("jcstress-" + i).toString()));
            jcstressUnlimited.samples().add(Timing.run(work, classpath, List.of(), "org.openjdk.jcstress.Main",
                    work.resolve("jcstress-unlimited-" + i + ".log"), "-p", results,
                    "-r", work.resolve("jcstress-unlimited-" + i).toString()));
        }
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "Scale benchmark, %s: %d CPUs, 1-min load average %s at start; medians of %d runs each, "
                        + "the compared commands alternating.%n%n", Instant.now(), Runtime.getRuntime().availableProcessors(),
                load, n));
        md.append(String.format(Locale.ROOT, "%,d jcstress results (%,d bytes, jcstress's own writer, from %s):%n%n",
                tests, Files.size(fixture.resultsFile()), template));
        md.append(header("printer"));
        md.append(row(racecard, describe(work.resolve("racecard-0"))));
        md.append(row(jcstress, describe(work.resolve("jcstress-0"))));
        md.append(row(jcstressUnlimited, describe(work.resolve("jcstress-unlimited-0"))));
        md.append(ratio(racecard, jcstress, jcstressUnlimited));

        Path mergeDir = work.resolve("merge");
        List<Path> runs = MergeFixture.build(template, mergeDir);
        long inputBytes = 0;
        List<String> mergeArgs = new ArrayList<>(List.of("merge", "--out", ""));
        for (Path run : runs) {
            mergeArgs.add(run.toString());
            inputBytes += Files.size(run);
        }
        Runs merge = new Runs("Racecard `merge --out …` of the 10 racecard.json files", "-Xmx256m", new ArrayList<>());
        for (int i = 0; i < n; i++) {
            mergeArgs.set(2, mergeDir.resolve("merged-" + i).toString());
            merge.samples().add(Timing.run(work, classpath, SMALL_HEAP, "dev.racecard.report.cli.RacecardCli",
                    work.resolve("merge-" + i + ".log"), mergeArgs.toArray(String[]::new)));
        }
        md.append(String.format(Locale.ROOT, "%n%d environments × the whole catalog (%s), %,d bytes of racecard.json:%n%n",
                runs.size(), "real jcstress results of the template run, synthetic evidence for the other experiments "
                        + "and every mutant", inputBytes));
        md.append(header("merge"));
        md.append(row(merge, describe(mergeDir.resolve("merged-0"))));
        // the first run's outputs stay for a look; the others are copies, hundreds of MB on a shared machine
        for (int i = 1; i < n; i++) {
            for (String dir : List.of("racecard-", "jcstress-", "jcstress-unlimited-", "merge/merged-")) {
                deleteTree(work.resolve(dir + i));
            }
        }
        md.append(String.format(Locale.ROOT, "%n1-min load average at the end: %s. Work directory (fixtures, the first "
                + "run's outputs, logs): %s%n", load(), work));
        System.out.print(md);
        Path out = Path.of("target", "scale-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
    }

    private static String header(String what) {
        return "| " + what + " | max heap | what happened | wall time | CPU time | peak RSS | output |\n"
                + "|---|---|---|---|---|---|---|\n";
    }

    private static String row(Runs r, String output) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %.2f s | %.2f s | %,d MB | %s |%n", r.name(), r.heap(),
                r.outcome(), r.medianSeconds(), r.medianCpuSeconds(), r.medianPeakMb(), output);
    }

    /** jcstress / Racecard, of the medians; against jcstress unlimited when it fails at 256 MB. */
    private static String ratio(Runs racecard, Runs jcstress, Runs unlimited) {
        Runs against = jcstress.allCompleted() ? jcstress : unlimited;
        return String.format(Locale.ROOT, "%njcstress (max heap %s) / Racecard (-Xmx256m), of the medians: wall time "
                        + "**%.2f×**, CPU time **%.2f×**%s%n", against.heap(), against.medianSeconds() / racecard.medianSeconds(),
                against.medianCpuSeconds() / racecard.medianCpuSeconds(),
                against == jcstress ? "" : " (jcstress did not complete at -Xmx256m)");
    }

    /** The index.html size and the whole directory's, or what is missing. */
    private static String describe(Path dir) throws IOException {
        Path index = dir.resolve("index.html");
        if (!Files.exists(index)) {
            return "no index.html";
        }
        long files;
        long bytes;
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> regular = all.filter(Files::isRegularFile).toList();
            files = regular.size();
            bytes = 0;
            for (Path f : regular) {
                bytes += Files.size(f);
            }
        }
        return String.format(Locale.ROOT, "index.html %,d bytes; %,d files, %,d bytes in all", Files.size(index), files, bytes);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Child JVMs run in the work directory: a relative classpath (e.g. from an IDE) would not resolve there. */
    private static String absolute(String classpath) {
        return Arrays.stream(classpath.split(File.pathSeparator)).map(p -> Path.of(p).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String ramGb() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            long kb = lines.filter(l -> l.startsWith("MemTotal:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong)
                    .findFirst().orElse(0);
            return String.format(Locale.ROOT, "%.1f", kb / 1024.0 / 1024.0);
        } catch (IOException e) {
            return "?";
        }
    }
}
