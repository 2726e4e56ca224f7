package dev.racecard.showcase.poolshutdown;

import dev.racecard.experiments.ChildJvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * How the pool-shutdown experiments run a batch program in a child JVM and read what it did: the
 * one place that decides what a run shows, so a change to what counts as "never exits" is made here.
 * <p>
 * It relies on {@link ChildJvm.Exit} for: {@code ready()}, the program printed
 * {@link BatchProgram#MAIN_ENDS} within {@link #STARTUP_LIMIT}; {@code hung()}, it was killed
 * (at its line naming the pool's workers, {@link #EXIT_LIMIT} after main ended, or at the start-up
 * limit when main never ended);
 * {@code exitCode()} and {@code output()}. A kill alone is never an outcome: after main it is the
 * pool holding the JVM only with the program's own evidence, taken before the kill (its
 * {@link BatchProgram#STILL_ALIVE} line naming only the pool's workers); before main ended it is
 * main stuck only with its {@link BatchProgram#MAIN_STUCK} line, and otherwise a timeout of the
 * experiment, an error.
 */
final class BatchOutcomes {

    static final String ALL_WRITTEN_EXITED = "all-written-exited";
    static final String FAILURE_REPORTED = "failure-reported";
    static final String FAILURE_LOST = "failure-lost";
    static final String NEVER_EXITS = "never-exits";
    static final String WORK_LOST = "work-lost";
    static final String MAIN_STUCK = "main-stuck";
    static final String FAILED = "failed";
    static final String UNEXPLAINED = "unexplained";

    /**
     * From "main ends", for a child that neither exits nor names what holds it: a JVM with nothing
     * left to run exited 20-70 ms later on 2 cores beside six busy processes, but once more than 1 s
     * later with two busy loops beside it as well (1 of 9 children of the correct shutdown-await). A
     * program held by its pool's workers says so {@link BatchProgram#STILL_ALIVE} 250 ms after main
     * and is killed at that line, so this limit is not what a never-ending program costs.
     */
    static final Duration EXIT_LIMIT = Duration.ofSeconds(10);
    /** JVM start-up and the whole batch, more than the correct program's own one-minute wait. */
    static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);
    /** The program's line naming the pool's workers as what still holds the JVM after main: its evidence. */
    static final String HELD_BY_THE_POOL = BatchProgram.STILL_ALIVE + "pool-";

    private static final ChildJvm JVM = ChildJvm.withCurrentClasspath(EXIT_LIMIT)
            .startingClockAt(BatchProgram.MAIN_ENDS, STARTUP_LIMIT).killedAtLine(HELD_BY_THE_POOL);
    private static final Map<Batch, Map<String, Integer>> EXPECTED = new ConcurrentHashMap<>();

    /**
     * @param tasks     how many tasks the program is given
     * @param failEvery 0 when no task fails; else task i fails when {@link BatchProgram#fails}
     */
    record Batch(int tasks, int failEvery) {

        int failing() {
            return (int) IntStream.range(0, tasks).filter(i -> BatchProgram.fails(i, failEvery)).count();
        }

        List<String> args(Path log) {
            return failEvery == 0 ? List.of(log.toString(), Integer.toString(tasks))
                    : List.of(log.toString(), Integer.toString(tasks), Integer.toString(failEvery));
        }

        @Override
        public String toString() {
            return String.format("%,d tasks", tasks) + (failEvery == 0 ? "" : String.format(", %d failing", failing()));
        }
    }

    private BatchOutcomes() {
    }

    /** Runs {@code program} on {@code batch} in a child JVM and says what the run shows. */
    static String trial(String program, String subject, int trial, Batch batch, Path work) throws Exception {
        Path log = work.resolve(subject + "-" + trial + ".log");
        ChildJvm.Exit exit = JVM.run(program, work, batch.args(log).toArray(String[]::new));
        String outcome = classify(exit, log, batch);
        System.out.printf("[pool-shutdown] %s trial %d (%s): %s; %s%n", subject, trial, batch, outcome,
                describe(exit, log, batch));
        Files.deleteIfExists(log);
        return outcome;
    }

    /** What the program's run shows: the log's records, how main ended, its exit, and who held the JVM after main. */
    static String classify(ChildJvm.Exit exit, Path log, Batch batch) throws IOException {
        if (!exit.ready()) {
            if (exit.hung() && exit.output().lines().anyMatch(l -> l.startsWith(BatchProgram.MAIN_STUCK))) {
                return MAIN_STUCK; // the program's own evidence, taken before the kill
            }
            if (exit.hung()) {
                // no evidence of what held main: a timeout of the experiment, never an outcome
                throw new IllegalStateException("main did not end within " + STARTUP_LIMIT.toSeconds()
                        + " s of the JVM's start and was killed; output: " + exit.outputExcerpt());
            }
            return FAILED;
        }
        Optional<Integer> written = recordsWritten(log, batch);
        if (written.isEmpty()) {
            return UNEXPLAINED;
        }
        boolean all = written.get() == batch.tasks() - batch.failing();
        if (exit.hung()) {
            if (exit.output().lines().noneMatch(line -> line.startsWith(BatchProgram.STILL_ALIVE)
                    && line.length() > BatchProgram.STILL_ALIVE.length())) {
                // no word from the program on what held the JVM: it may only have been slow to exit
                throw new IllegalStateException("killed " + EXIT_LIMIT.toSeconds() + " s after main ended, and the "
                        + "program never said which threads held the JVM: a timeout, neither the race nor a pass");
            }
            // held by the pool: idle workers with every record written, or busy ones still failing
            // through the queue of a closed log
            return heldByThePool(exit.output()) ? all ? NEVER_EXITS : WORK_LOST : UNEXPLAINED;
        }
        // main threw a task's failure: the JVM printed it and exited with status 1
        boolean reported = exit.exitCode() == 1 && mainThrew(exit.output()).contains(BatchProgram.FETCH_FAILED);
        if (exit.exitCode() != 0 && !reported) {
            return FAILED;
        }
        if (!all) {
            return WORK_LOST;
        }
        if (batch.failing() == 0) {
            return ALL_WRITTEN_EXITED;
        }
        return reported ? FAILURE_REPORTED : FAILURE_LOST;
    }

    /** How many distinct expected records the log holds; empty when it holds anything else. */
    static Optional<Integer> recordsWritten(Path log, Batch batch) throws IOException {
        if (!Files.exists(log)) {
            return Optional.empty(); // the program opens it before any task exists
        }
        String content = Files.readString(log, StandardCharsets.UTF_8);
        if (!content.isEmpty() && !content.endsWith("\n")) {
            return Optional.empty();
        }
        Map<String, Integer> expected = EXPECTED.computeIfAbsent(batch, BatchOutcomes::expectedRecords);
        boolean[] seen = new boolean[batch.tasks()];
        int count = 0;
        for (String line : content.lines().toList()) {
            Integer i = expected.get(line);
            if (i == null || seen[i]) {
                return Optional.empty();
            }
            seen[i] = true;
            count++;
        }
        return Optional.of(count);
    }

    /** The program's line after main: every non-daemon thread still alive is one of the pool's workers. */
    static boolean heldByThePool(String output) {
        return output.lines().filter(line -> line.startsWith(BatchProgram.STILL_ALIVE)).findFirst()
                .map(line -> line.substring(BatchProgram.STILL_ALIVE.length()).split(", "))
                .map(names -> Arrays.stream(names).allMatch(n -> n.matches("pool-\\d+-thread-\\d+")))
                .orElse(false);
    }

    /** What main said it throws, with its causes; empty when it returned. */
    private static String mainThrew(String output) {
        return output.lines().filter(line -> line.startsWith(BatchProgram.MAIN_THROWS)).findFirst().orElse("");
    }

    /** The records of the tasks that do not fail: a failing task writes none. */
    private static Map<String, Integer> expectedRecords(Batch batch) {
        Map<String, Integer> records = new HashMap<>();
        IntStream.range(0, batch.tasks()).filter(i -> !BatchProgram.fails(i, batch.failEvery()))
                .forEach(i -> records.put(UrlRecords.record(i), i));
        return records;
    }

    private static String describe(ChildJvm.Exit exit, Path log, Batch batch) throws IOException {
        String records = recordsWritten(log, batch)
                .map(n -> String.format("%,d of %,d records", n, batch.tasks() - batch.failing()))
                .orElse("log unreadable as records");
        String main = exit.ready() ? "main ended after " + exit.readyAfter().toMillis() + " ms" : "main never ended";
        String end = exit.hung() ? "killed" : "exit " + exit.exitCode();
        List<String> said = exit.output().lines()
                .filter(l -> l.startsWith(BatchProgram.STILL_ALIVE) || l.startsWith(BatchProgram.MAIN_THROWS)).toList();
        String output = exit.exitCode() == 0 || exit.hung() || !said.isEmpty() ? String.join("; ", said)
                : "output: " + exit.outputExcerpt();
        return records + ", " + main + ", " + end + " after " + exit.elapsed().toMillis() + " ms"
                + (output.isEmpty() ? "" : "; " + output);
    }
}
