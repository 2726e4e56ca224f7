package dev.racecard.report.ingest;

import dev.racecard.catalog.Tool;
import dev.racecard.report.BadInputException;
import dev.racecard.evidence.ConfigurationRun;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.Outcome;
import dev.racecard.evidence.ReusedEvidence;
import dev.racecard.evidence.RunStatus;
import dev.racecard.evidence.SettingKeys;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.ReportUtils;
import org.openjdk.jcstress.infra.runners.TestList;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.util.Multimap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads jcstress results files ({@code jcstress-results-*.bin.gz}) with jcstress's own API and
 * turns each test into an {@link Experiment}: the outcomes merged over all configurations, graded
 * by jcstress's own {@code TestGrading} against the test's {@code @Outcome} declarations (so the
 * test classes' {@code META-INF/TestList} must be on the classpath), plus a per-configuration
 * breakdown. A test whose results are spread over several files (one jcstress run per group of
 * tests, or per JVM configuration) is one experiment over all of them. A file that is truncated,
 * corrupt or holds impossible counts fails the whole read ({@link BadInputException}), never
 * shrinks it.
 */
public final class JcstressFiles {

    public static final String FILE_GLOB_PREFIX = "jcstress-results-";
    public static final String FILE_SUFFIX = ".bin.gz";

    /**
     * jcstress 0.16 records no time: a {@code TestResult} holds its configuration, status, outcome
     * counts, environment and messages; its {@code TestConfig} only the requested iteration count
     * and time per iteration (a budget, shown under settings, not a measurement). So a jcstress
     * experiment's duration stays unknown rather than invented.
     */
    private static final long NOT_MEASURED = -1;

    private JcstressFiles() {
    }

    /** Reads the results files {@link #resolve} finds, as one run. */
    public static List<Experiment> read(Path fileOrDirectory) {
        return readFiles(resolve(fileOrDirectory));
    }

    /**
     * A file is itself. A directory is one jcstress run per directory: the newest results file
     * directly in it and the newest in each of its direct subdirectories (the stress-run driver
     * runs jcstress once per group of tests, each in a subdirectory of its own). jcstress names
     * the files by start time, so in each directory the newest run wins over leftovers of earlier
     * ones; deeper directories are not read.
     */
    public static List<Path> resolve(Path fileOrDirectory) {
        if (Files.isRegularFile(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        if (!Files.isDirectory(fileOrDirectory)) {
            throw new BadInputException("jcstress results " + fileOrDirectory + " do not exist (did jcstress run?)");
        }
        List<Path> files = new ArrayList<>();
        newestIn(fileOrDirectory).ifPresent(files::add);
        try (Stream<Path> listing = Files.list(fileOrDirectory)) {
            for (Path sub : listing.filter(Files::isDirectory).sorted().toList()) {
                newestIn(sub).ifPresent(files::add);
            }
        } catch (IOException e) {
            throw new BadInputException("cannot list " + fileOrDirectory + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new BadInputException("no " + FILE_GLOB_PREFIX + "*" + FILE_SUFFIX + " file in " + fileOrDirectory
                    + " or its subdirectories (did jcstress run?)");
        }
        return files;
    }

    /** The reuse settings of {@link ReusedEvidence#MARKER} beside a results file, if the driver restored it. */
    private static Optional<Map<String, String>> reusedBy(Path resultsFile) {
        try {
            return ReusedEvidence.readMarker(resultsFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new BadInputException("history marker beside " + resultsFile + " is corrupt: " + e.getMessage(), e);
        }
    }

    private static Optional<Path> newestIn(Path directory) {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(JcstressFiles::isResultsFile).filter(Files::isRegularFile)
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new BadInputException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    private static boolean isResultsFile(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(FILE_GLOB_PREFIX) && name.endsWith(FILE_SUFFIX);
    }

    static List<Experiment> readFiles(List<Path> files) {
        // every file is read whole and checked before anything is graded: a bad file fails the
        // run rather than shrinking it (see JcstressStream and SampleCounts)
        Map<Path, List<TestResult>> perFile = new LinkedHashMap<>();
        for (Path file : files) {
            List<TestResult> records = JcstressStream.read(file);
            SampleCounts.checkRecords(file, records);
            perFile.put(file, records);
        }
        SampleCounts.checkTotals(perFile);
        if (TestList.class.getResource(TestList.LIST) == null) {
            throw new BadInputException("no " + TestList.LIST.substring(1) + " on the classpath, so jcstress cannot grade "
                    + files.get(0) + ": run with the test classes that produced it (java -jar: --test-classes PATH)");
        }
        List<TestResult> raw = new ArrayList<>();
        perFile.values().forEach(raw::addAll);
        Map<String, String> runs = new LinkedHashMap<>();
        // a test some groups run more than once (the spin loops: interpreter, then tiered) names every run
        perFile.forEach((file, records) -> JcstressRunTime.of(file).ifPresent(run -> records.stream()
                .map(TestResult::getName).distinct().forEach(test -> runs.merge(test, run, (a, b) -> a + "; " + b))));
        // results the driver restored from the history: a test in several groups, one of them restored, says so
        Map<String, Map<String, String>> reused = new LinkedHashMap<>();
        perFile.forEach((file, records) -> reusedBy(file).ifPresent(marker -> records.stream()
                .map(TestResult::getName).distinct().forEach(test -> reused.putIfAbsent(test, marker))));
        Multimap<String, TestResult> perConfiguration = ReportUtils.byName(raw);
        List<Experiment> experiments = new ArrayList<>();
        for (TestResult merged : ReportUtils.mergedByName(raw)) {
            Experiment e = toExperiment(merged, perConfiguration.get(merged.getName()));
            e = runs.containsKey(e.testId()) ? JcstressRunTime.with(e, runs.get(e.testId())) : e;
            experiments.add(reused.containsKey(e.testId()) ? e.withSettings(reused.get(e.testId())) : e);
        }
        experiments.sort(Comparator.comparing(Experiment::testId));
        return experiments;
    }

    private static Experiment toExperiment(TestResult merged, Collection<TestResult> configurations) {
        String name = merged.getName();
        List<Outcome> outcomes = grade(merged);
        List<ConfigurationRun> breakdown = new ArrayList<>();
        for (TestResult r : configurations) {
            TestConfig c = r.getConfig();
            breakdown.add(new ConfigurationRun(JcstressCompilation.label(c), c.jvmArgs, JcstressCompilation.describe(c), grade(r)));
        }
        breakdown.sort(Comparator.comparing(ConfigurationRun::label));
        List<String> messages = new ArrayList<>(merged.getMessages());
        messages.addAll(merged.getVmErr());
        return new Experiment(null, null, Tool.JCSTRESS, name, status(merged), outcomes, null, messages,
                environment(merged), settings(description(TestList.getInfo(name)), merged.getConfig(), configurations.size()),
                breakdown, NOT_MEASURED);
    }

    /**
     * The test's {@code @Description}, or null. jcstress's annotation processor writes a missing
     * description into {@code META-INF/TestList} as {@code String.valueOf(null)}, so "null" is
     * read back as absent (a test literally described as "null" loses its description).
     */
    static String description(TestInfo info) {
        String description = info == null ? null : info.description();
        return description == null || description.isBlank() || description.equals("null") ? null : description.strip();
    }

    private static List<Outcome> grade(TestResult result) {
        Map<String, GradingResult> graded;
        try {
            graded = result.grading().gradingResults;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("jcstress test " + result.getName() + " is not on the classpath: run with "
                    + "the test classes that produced the results (java -jar: --test-classes PATH)", e);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (GradingResult g : graded.values()) {
            outcomes.add(new Outcome(g.id, g.description, g.count, expectation(g.expect)));
        }
        return outcomes;
    }

    static Expectation expectation(Expect expect) {
        return switch (expect) {
            case ACCEPTABLE -> Expectation.ACCEPTABLE;
            case ACCEPTABLE_INTERESTING -> Expectation.INTERESTING;
            // jcstress fails a test on an outcome that matches no @Outcome (UNKNOWN), as on FORBIDDEN
            case FORBIDDEN, UNKNOWN -> Expectation.FORBIDDEN;
        };
    }

    private static RunStatus status(TestResult result) {
        return switch (result.status()) {
            case NORMAL -> RunStatus.OK;
            case TIMEOUT_ERROR -> RunStatus.TIMEOUT;
            default -> RunStatus.ERROR;
        };
    }

    private static Map<String, String> environment(TestResult result) {
        Map<String, String> env = new LinkedHashMap<>();
        if (result.getEnv() != null) {
            Map<String, String> e = result.getEnv().entries();
            env.put("jdk", e.get("java.version"));
            env.put("vendor", e.get("java.vendor"));
            env.put("vm", e.get("java.vm.name"));
            env.put("os", e.get("os.name") + " " + e.get("os.version"));
            env.put("arch", e.get("os.arch"));
        }
        env.values().removeIf(v -> v == null);
        return env;
    }

    /** The description comes first: the report shows it as the test's description, not a setting. */
    static Map<String, String> settings(String description, TestConfig config, int configurationCount) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (description != null) {
            settings.put(SettingKeys.DESCRIPTION, description);
        }
        settings.put("configurations", Integer.toString(configurationCount));
        if (config != null) {
            settings.put("actors", Integer.toString(config.threads));
            settings.put("iterations", Integer.toString(config.iters));
            settings.put("time per iteration", config.time + " ms");
            settings.put("stride", config.strideSize + " x " + config.strideCount);
            settings.put("spin loop style", String.valueOf(config.spinLoopStyle));
        }
        return settings;
    }
}
