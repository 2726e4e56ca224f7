package dev.racecard.stress;

import dev.racecard.evidence.ReusedEvidence;
import dev.racecard.history.HistoryKey;
import dev.racecard.history.HistoryStore;
import dev.racecard.report.BadInputException;
import dev.racecard.report.ingest.JcstressFiles;
import dev.racecard.report.ingest.JcstressRunTime;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.RunStatus;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.runners.TestList;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs jcstress tests under a {@link Budget}: one jcstress per group of tests, in a child JVM
 * ({@code java -cp <this classpath> org.openjdk.jcstress.Main}), each group with its own options
 * and its own results subdirectory {@code RESULTS/<group>/} (or {@code RESULTS/<group>-<run>/} for
 * a group run once per chosen configuration; {@code .N} after it for each part of a split run),
 * which is where jcstress writes its
 * {@code jcstress-results-*.bin.gz} (its working directory) and its log, {@code jcstress.log}.
 * The report reads each subdirectory's results and merges a test's runs into one experiment.
 * A run whose key is in the evidence history is not run: its directory is restored from there,
 * marked so ({@link GroupHistory}).
 * {@link StressCommand} is its command line; a group that failed to run (no results, a crash, a
 * timeout) is reported, never thrown: judging forbidden outcomes is the gate's job.
 */
public final class StressRuns {

    /**
     * One jcstress invocation: a run of a group, over the tests the group claimed.
     *
     * @param directory the results subdirectory: the group's name, or group-run
     */
    public record PlannedRun(String group, String directory, List<String> tests, List<String> options, String why,
                             Budget.Schedule schedule) {
        public PlannedRun {
            tests = List.copyOf(tests);
            options = List.copyOf(options);
        }

        /** Started first and run beside the in-turn runs. */
        public boolean alongside() {
            return schedule != Budget.Schedule.IN_TURN;
        }
    }

    /**
     * What one invocation did; {@code problem} is null when it ran (or was restored) and wrote results.
     *
     * @param results what its results file holds, as the report reads it (empty when there is none)
     * @param key     its key in the history; null when the history is off
     * @param reused  the history's entry its results were restored from; null when it ran
     */
    public record GroupRun(PlannedRun plan, Path directory, int exitCode, double seconds, List<String> missingTests,
                           String problem, List<Experiment> results, HistoryKey key, HistoryStore.Entry reused) {
        public GroupRun {
            missingTests = List.copyOf(missingTests);
            results = List.copyOf(results);
        }
    }

    private StressRuns() {
    }

    /**
     * Plans, runs every group (or restores its results from the history) and prints what each did;
     * never throws for a group that failed. Saves nothing: the caller knows what is worth keeping
     * ({@link GroupHistory#saveEach}).
     */
    public static List<GroupRun> run(Budget budget, Path results, Pattern filter, List<String> extraForkArgs,
                                     Duration timeout, GroupHistory history, PrintStream out) {
        List<StressTest> tests = tests(filter);
        List<PlannedRun> plan = plan(budget, tests);
        List<String> forkArgs = new ArrayList<>(budget.forkArgs());
        forkArgs.addAll(extraForkArgs);
        out.printf(Locale.ROOT, "stress-runs: budget %s, %d jcstress tests, %d jcstress runs, forks prepend %s, results in %s%n",
                budget.name(), tests.size(), plan.size(), forkArgs, results);
        if (plan.isEmpty()) {
            out.println("stress-runs: no jcstress test matches " + filter + ": nothing to run");
        }
        long start = System.nanoTime();
        List<GroupRun> runs = runPlan(plan, p -> runOrReuse(budget.name(), p, forkArgs, results, timeout, history, out));
        out.printf(Locale.ROOT, "stress-runs: all groups %.0f s%n", (System.nanoTime() - start) / 1e9);
        for (String stale : leftovers(results, plan)) {
            out.println(StressCommand.WARNING + results.resolve(stale) + " holds results of an earlier run, "
                    + "which a report of " + results + " reads too");
        }
        return runs;
    }

    /**
     * Starts every alongside run, each on a thread of its own, then runs the in-turn runs one after
     * another on this one; returns what each did, in the plan's order. Not the common pool, which
     * {@code CompletableFuture.supplyAsync} uses by default: on 2 cores its parallelism is 1, and on
     * JDK 25 the alongside runs then ran one after another.
     */
    static List<GroupRun> runPlan(List<PlannedRun> plan, Function<PlannedRun, GroupRun> runner) {
        Map<PlannedRun, CompletableFuture<GroupRun>> started = new LinkedHashMap<>();
        for (PlannedRun p : plan.stream().filter(PlannedRun::alongside).toList()) {
            started.put(p, CompletableFuture.supplyAsync(() -> runner.apply(p), task -> {
                Thread thread = new Thread(task, "stress-run-" + p.directory());
                thread.setDaemon(true); // joined below; an error on this thread still ends the JVM
                thread.start();
            }));
        }
        Map<PlannedRun, GroupRun> done = new LinkedHashMap<>();
        for (PlannedRun p : plan.stream().filter(p -> !p.alongside()).toList()) {
            done.put(p, runner.apply(p));
        }
        started.forEach((p, run) -> done.put(p, run.join()));
        return plan.stream().map(done::get).toList();
    }

    private static GroupRun runOrReuse(String budget, PlannedRun p, List<String> forkArgs, Path results, Duration timeout,
                                       GroupHistory history, PrintStream out) {
        Path directory = results.resolve(p.directory());
        HistoryKey key = null;
        try {
            key = history.key(budget, p, forkArgs).orElse(null);
            Optional<HistoryStore.Entry> entry = key == null ? Optional.empty() : history.find(key);
            if (entry.isPresent()) {
                long start = System.nanoTime();
                history.restore(entry.get(), directory);
                GroupRun r = judge(p, directory, JcstressRunTime.exitCode(directory), (System.nanoTime() - start) / 1e9,
                        key, entry.get());
                if (r.problem() == null && r.missingTests().isEmpty()) {
                    out.printf(Locale.ROOT, "stress-runs: %s: %d tests reused from run %s of %s (%s old), not run%n",
                            p.directory(), p.tests().size(), entry.get().run(), entry.get().created(),
                            ReusedEvidence.age(entry.get().age(Instant.now())));
                    return r;
                }
                out.println(StressCommand.WARNING + p.directory() + ": the history's results are not whole ("
                        + (r.problem() == null ? "no results for " + r.missingTests() : r.problem()) + "): running it");
            }
        } catch (IOException | RuntimeException e) {
            out.println(StressCommand.WARNING + p.directory() + ": the history failed (" + e + "): running it");
        }
        return runAndPrint(p, forkArgs, directory, timeout, key, out);
    }

    private static GroupRun runAndPrint(PlannedRun p, List<String> forkArgs, Path directory, Duration timeout,
                                        HistoryKey key, PrintStream out) {
        out.printf(Locale.ROOT, "stress-runs: %s: %d tests, %s (%s)%s%n", p.directory(), p.tests().size(),
                String.join(" ", p.options()), p.why(), switch (p.schedule()) {
                    case IN_TURN -> "";
                    case ALONGSIDE -> ", beside the other runs";
                    case YIELDING -> ", beside the other runs" + (yields(p) ? ", at the lowest CPU priority" : "");
                });
        GroupRun r = runOne(p, forkArgs, directory, timeout, key);
        out.printf(Locale.ROOT, "stress-runs: %s: %.0f s, jcstress exit %d%s%n", p.directory(), r.seconds(), r.exitCode(),
                r.problem() == null ? "" : ": FAILED TO RUN: " + r.problem());
        for (String missing : r.missingTests()) {
            out.println(StressCommand.WARNING + p.directory() + ": no results for " + missing);
        }
        if (r.problem() != null) {
            tail(r.directory().resolve(LOG), 15).forEach(line -> out.println("  | " + line));
        }
        return r;
    }

    /** The jcstress tests on the classpath (its META-INF/TestList) whose names the filter finds, as jcstress's -t. */
    static List<StressTest> tests(Pattern filter) {
        return TestList.tests().stream().filter(t -> filter.matcher(t).find()).sorted().map(StressTest::onClassPath).toList();
    }

    /** Each test goes to the first group that claims it; unclaimed tests to {@link Budget#OTHER}. */
    public static List<PlannedRun> plan(Budget budget, Collection<StressTest> tests) {
        Map<Budget.Group, List<String>> claimed = new LinkedHashMap<>();
        budget.groups().forEach(g -> claimed.put(g, new ArrayList<>()));
        List<String> unclaimed = new ArrayList<>();
        for (StressTest test : tests.stream().sorted(Comparator.comparing(StressTest::name)).toList()) {
            budget.groups().stream().filter(g -> g.claims(test)).findFirst()
                    .ifPresentOrElse(g -> claimed.get(g).add(test.name()), () -> unclaimed.add(test.name()));
        }
        List<PlannedRun> plan = new ArrayList<>();
        claimed.forEach((g, t) -> {
            if (!t.isEmpty()) {
                for (Budget.Run r : g.runs()) {
                    List<List<String>> parts = parts(t, r.split());
                    for (int i = 0; i < parts.size(); i++) {
                        String directory = parts.size() == 1 ? g.directory(r) : g.directory(r) + "." + (i + 1);
                        plan.add(new PlannedRun(g.name(), directory, parts.get(i), r.options(), g.why(), r.schedule()));
                    }
                }
            }
        });
        if (!unclaimed.isEmpty()) {
            plan.add(new PlannedRun(Budget.OTHER, Budget.OTHER, unclaimed, budget.otherOptions(),
                    "the budget's default for tests no group claims", Budget.Schedule.IN_TURN));
        }
        return plan;
    }

    /**
     * The tests of a run, in one part or one per class or test, in the tests' order. A part's
     * directory is its run's with {@code .N} after it: a dot, which no group or run name has.
     */
    static List<List<String>> parts(List<String> tests, Budget.Split split) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (String test : tests) {
            String part = switch (split) {
                case NONE -> "";
                case CLASS -> testClass(test);
                case TEST -> test;
            };
            parts.computeIfAbsent(part, p -> new ArrayList<>()).add(test);
        }
        return List.copyOf(parts.values());
    }

    /**
     * The top-level class a jcstress test is declared in (jcstress names a nested test by its
     * canonical name, so only its binary name in META-INF/TestList tells the class from the
     * package); a test not in the list is its own.
     */
    static String testClass(String test) {
        return info(test).map(TestInfo::binaryName).map(b -> b.contains("$") ? b.substring(0, b.indexOf('$')) : b)
                .orElse(test);
    }

    /** The test's entry in jcstress's META-INF/TestList, if it has one. */
    static Optional<TestInfo> info(String test) {
        return TestList.class.getResource(TestList.LIST) != null && TestList.tests().contains(test)
                ? Optional.of(TestList.getInfo(test)) : Optional.empty();
    }

    static final String LOG = "jcstress.log";

    /**
     * {@code nice -n 19}, where the OS has it (Linux, macOS): a {@link Budget.Schedule#YIELDING} run's
     * jcstress and every fork it starts inherit the priority. Elsewhere such a run runs at the usual one.
     */
    static final List<String> NICE = Stream.of("/usr/bin/nice", "/bin/nice").filter(n -> Files.isExecutable(Path.of(n)))
            .findFirst().map(n -> List.of(n, "-n", "19")).orElse(List.of());

    /** Whether a run starts at the lowest CPU priority: it is {@link Budget.Schedule#YIELDING} and the OS has nice. */
    static boolean yields(PlannedRun run) {
        return run.schedule() == Budget.Schedule.YIELDING && !NICE.isEmpty();
    }

    /** The jcstress command line of one group, run in its results directory. */
    static List<String> command(PlannedRun run, List<String> forkArgs, Path directory) {
        List<String> command = new ArrayList<>(yields(run) ? NICE : List.of());
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", absolute(System.getProperty("java.class.path")), "org.openjdk.jcstress.Main",
                "-t", exactly(run.tests())));
        command.addAll(run.options());
        command.addAll(jvmArgsPrepend(forkArgs));
        command.addAll(List.of("-r", directory.resolve("report").toString()));
        return command;
    }

    /** jcstress runs in the group's directory: a relative classpath entry would not find the tests there. */
    static String absolute(String classpath) {
        return Stream.of(classpath.split(File.pathSeparator)).filter(e -> !e.isEmpty())
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    /** A regex jcstress finds in the names of these tests and no others. */
    static String exactly(List<String> tests) {
        return tests.stream().map(Pattern::quote).collect(Collectors.joining("|", "^(?:", ")$"));
    }

    /**
     * jcstress 0.16 (Options.processArgs) takes several {@code -jvmArgsPrepend} values verbatim,
     * one flag each, but splits a lone value at spaces (double quotes group, and are dropped).
     */
    static List<String> jvmArgsPrepend(List<String> forkArgs) {
        List<String> options = new ArrayList<>();
        for (String arg : forkArgs) {
            if (forkArgs.size() == 1 && arg.contains("\"")) {
                throw new IllegalArgumentException("jcstress cannot pass a lone fork flag with a double quote: " + arg);
            }
            options.add("-jvmArgsPrepend");
            options.add(forkArgs.size() == 1 && arg.contains(" ") ? '"' + arg + '"' : arg);
        }
        return options;
    }

    private static GroupRun runOne(PlannedRun plan, List<String> forkArgs, Path directory, Duration timeout, HistoryKey key) {
        long start = System.nanoTime();
        try {
            Files.createDirectories(directory);
            for (Path old : resultsFiles(directory)) {
                Files.delete(old); // this directory holds this run's results, never an earlier one's
            }
            Files.deleteIfExists(directory.resolve(ReusedEvidence.MARKER));
            Process process = new ProcessBuilder(command(plan, forkArgs, directory))
                    .directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(directory.resolve(LOG).toFile()).start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // jcstress records no time per test: the report shows this run's, measured here
            JcstressRunTime.write(directory, plan.group(), plan.tests().size(), Math.round(seconds * 1000),
                    yields(plan) ? "nice -n 19" : "", finished ? process.exitValue() : -1);
            if (!finished) {
                return failed(plan, directory, seconds, "timed out after " + timeout.toMinutes() + " min");
            }
            return judge(plan, directory, process.exitValue(), seconds, key, null);
        } catch (IOException e) {
            return failed(plan, directory, (System.nanoTime() - start) / 1e9, "cannot run jcstress: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(plan, directory, (System.nanoTime() - start) / 1e9, "interrupted");
        }
    }

    private static GroupRun failed(PlannedRun plan, Path directory, double seconds, String problem) {
        return new GroupRun(plan, directory, -1, seconds, List.of(), problem, List.of(), null, null);
    }

    /**
     * jcstress exits 1 both when a test failed (a forbidden outcome, an error: results the gate
     * judges) and when it could not run at all (bad options, a crash), and 0 when it ran nothing.
     * So the results decide: a run failed to run when it wrote none, or exited non-zero although
     * its results hold no failing test.
     */
    static GroupRun judge(PlannedRun plan, Path directory, int exitCode, double seconds, HistoryKey key,
                          HistoryStore.Entry reused) throws IOException {
        if (resultsFiles(directory).isEmpty()) {
            return new GroupRun(plan, directory, exitCode, seconds, List.of(), "jcstress wrote no results (see "
                    + directory.resolve(LOG) + ")", List.of(), key, reused);
        }
        List<Experiment> experiments;
        try {
            experiments = JcstressFiles.read(directory);
        } catch (BadInputException e) {
            return new GroupRun(plan, directory, exitCode, seconds, List.of(), e.getMessage(), List.of(), key, reused);
        }
        Set<String> ran = experiments.stream().map(Experiment::testId).collect(Collectors.toSet());
        List<String> missing = plan.tests().stream().filter(t -> !ran.contains(t)).toList();
        boolean failingTest = experiments.stream()
                .anyMatch(e -> e.status() != RunStatus.OK || e.observed(Expectation.FORBIDDEN) > 0);
        String problem = null;
        if (exitCode != 0 && !(exitCode == 1 && failingTest)) {
            problem = "jcstress exited " + exitCode + " but its results hold no failing test (see " + directory.resolve(LOG) + ")";
        }
        return new GroupRun(plan, directory, exitCode, seconds, missing, problem, experiments, key, reused);
    }

    /** Subdirectories with results that this plan did not write: the report would read them as part of this run. */
    static List<String> leftovers(Path results, List<PlannedRun> plan) {
        Set<String> ours = plan.stream().map(PlannedRun::directory).collect(Collectors.toSet());
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(results)) {
            List<String> stale = new ArrayList<>();
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (!ours.contains(d.getFileName().toString()) && !resultsFiles(d).isEmpty()) {
                    stale.add(d.getFileName().toString());
                }
            }
            return stale;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> resultsFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(JcstressFiles.FILE_GLOB_PREFIX) && name.endsWith(JcstressFiles.FILE_SUFFIX);
            }).toList();
        }
    }

    private static List<String> tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            // a crash log may hold anything: decode leniently
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
