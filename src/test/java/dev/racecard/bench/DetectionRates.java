package dev.racecard.bench;

import dev.racecard.showcase.ShowcaseCatalog;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.ingest.JcstressFiles;
import dev.racecard.evidence.ConfigurationRun;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Measures how reliably each racy variant's jcstress tests show their race under candidate
 * settings: every (test, settings) pair is run {@code runs} times in a fresh jcstress, and the
 * table says in how many runs an interesting outcome was observed and how long a run took. For
 * re-tuning the gate budget on your own hardware:
 * {@code mvn -B test-compile exec:exec@detection-rates -Dracecard.detection.runs=10}.
 * Arguments: runs, then settings lines separated by '|', then optionally a regex over test names,
 * then optionally {@code all} to time the correct variants' tests too (their samples bound how
 * rare a forbidden outcome could be and still go unseen).
 */
public final class DetectionRates {

    /**
     * @param showedRace per configuration (jcstress's JVM args and compilation mode, without the
     *                   fork number): in how many runs it showed the race; configurations that
     *                   never did are listed with 0, so a reader sees what was tried
     */
    private record Row(String test, String settings, int runs, int detected, double medianSeconds,
                       int configurations, long medianSamples, String load, Map<String, Integer> showedRace) {
    }

    private DetectionRates() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        List<String> settings = Arrays.stream(args[1].split("\\|")).map(String::strip).toList();
        Pattern filter = Pattern.compile(args.length > 2 ? args[2] : ".*");
        boolean all = args.length > 3 && args[3].equals("all");
        List<String> tests = ShowcaseCatalog.CATALOG.patterns().stream().flatMap(p -> p.variants().stream())
                .filter(v -> all || v.kind() == VariantKind.RACY).map(Variant::jcstressTests).flatMap(List::stream)
                .filter(t -> filter.matcher(t).find()).toList();

        List<Row> rows = new ArrayList<>();
        for (String test : tests) {
            for (String setting : settings) {
                rows.add(measure(test, setting, runs));
                System.out.println(line(rows.get(rows.size() - 1)));
            }
        }
        StringBuilder table = new StringBuilder("| jcstress test | settings | runs | detected | rate | median run time "
                + "| JVM configurations | median samples | 1-min load at run ends |\n|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> table.append(line(r)).append('\n'));
        Path out = Path.of("reports", "detection.md");
        Files.createDirectories(out.getParent());
        StringBuilder perConfiguration = new StringBuilder("| jcstress test | settings | configuration | runs that showed the race |\n"
                + "|---|---|---|---|\n");
        for (Row r : rows) {
            r.showedRace().forEach((configuration, count) -> perConfiguration.append(String.format(Locale.ROOT,
                    "| %s | `%s` | %s | %d of %d |%n", r.test(), r.settings(), configuration, count, r.runs())));
        }
        Files.writeString(out, "# jcstress detection rates\n\n" + table + "\n## Per configuration\n\n" + perConfiguration);
        System.out.println("\n" + table + "\n" + perConfiguration + "\nwritten to " + out);
    }

    private static Row measure(String test, String setting, int runs) throws Exception {
        int detected = 0;
        double[] seconds = new double[runs];
        long[] samples = new long[runs];
        int configurations = 0;
        double[] load = new double[runs];
        Map<String, Integer> showedRace = new TreeMap<>();
        for (int i = 0; i < runs; i++) {
            Path dir = Files.createTempDirectory("racecard-detection");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.openjdk.jcstress.Main",
                    "-t", "^" + Pattern.quote(test) + "$", "-r", dir.resolve("report").toString()));
            command.addAll(Arrays.asList(setting.split("\\s+")));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("jcstress.log").toFile()).start();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
            seconds[i] = (System.nanoTime() - start) / 1e9;
            // the machine is shared: a run's time means little without the load it ran under
            load[i] = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            List<Experiment> results = JcstressFiles.read(dir);
            samples[i] = results.stream().mapToLong(Experiment::totalCount).sum();
            configurations = Math.max(configurations, results.stream().mapToInt(e -> e.configurations().size()).sum());
            if (results.stream().anyMatch(Experiment::demonstratesRace)) {
                detected++;
            }
            for (Experiment e : results) {
                for (ConfigurationRun c : e.configurations()) {
                    boolean raced = c.outcomes().stream()
                            .anyMatch(o -> o.expectation() == Expectation.INTERESTING && o.observed());
                    showedRace.merge(withoutFork(c.label()), raced ? 1 : 0, Integer::sum);
                }
            }
        }
        Arrays.sort(seconds);
        Arrays.sort(samples);
        Arrays.sort(load);
        return new Row(test, setting, runs, detected, seconds[runs / 2], configurations, samples[runs / 2],
                String.format(Locale.ROOT, "%.1f–%.1f", load[0], load[runs - 1]), showedRace);
    }

    /** "fork #2, JVM args [...], ..." without the fork and C2's random stress seed: forks of one configuration add up. */
    private static String withoutFork(String label) {
        return label.replaceFirst("^fork #\\d+, ", "").replaceFirst(", -XX:StressSeed=\\d+", "").replaceAll("\\s+", " ");
    }

    private static String line(Row r) {
        return String.format(Locale.ROOT, "| %s | `%s` | %d | %d | %.0f%% | %.1f s | %d | %,d | %s |", r.test(), r.settings(),
                r.runs(), r.detected(), 100.0 * r.detected() / r.runs(), r.medianSeconds(), r.configurations(),
                r.medianSamples(), r.load());
    }
}
