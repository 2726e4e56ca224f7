package dev.racecard.poolshutdown;

import dev.racecard.evidence.Budgets;
import dev.racecard.experiments.ChildJvm;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.patterns.poolshutdown.BatchProgram;
import dev.racecard.patterns.poolshutdown.UrlRecords;
import org.junit.jupiter.api.io.TempDir;

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
 * Seeds 002/003: "the executor handles thread creation, reuse, and cleanup automatically". Each
 * trial runs the subject's whole program (a variant, or a mutant in its place) in a child JVM:
 * a batch of tasks that each append a record to a log, on a pool the program then ends its way,
 * closing the log and returning from main. What is on disk says whether every task ran before
 * the log was closed; whether the JVM exits says whether the pool let it.
 * <p>
 * The hang clock starts when the program says main is returning, so neither JVM start-up nor the
 * batch counts against it: a JVM still there {@link #EXIT_LIMIT} later is killed, never a hung
 * build, and its program has said which non-daemon threads were holding it. Trials take turns at
 * a batch long enough that ending the pool too soon leaves tasks queued, and the seed's three
 * URLs. The experiment records; the gate judges.
 */
class PoolShutdownExperiment {

    /**
     * Tasks per trial, in turn, the long batch first (a mutant's trials stop at its first forbidden
     * outcome): 8,000 keep four workers busy for 300 ms to 1 s on 2 cores, several times the 100 ms
     * the timed mutants allow; then the seed's three URLs.
     */
    static final int[] TASKS = {8_000, 3};
    static final int TRIALS = Budgets.trials(3);
    /**
     * From "main returns", for a child that neither exits nor names what holds it: a JVM with nothing
     * left to run exited 20-70 ms later on 2 cores beside six busy processes, but once more than 1 s
     * later with two busy loops beside it as well (1 of 9 children of the correct shutdown-await). A
     * program held by its pool's workers says so {@code BatchProgram.LINGER_CHECK_MILLIS} after
     * main, and is killed at that line: this limit is not what a never-ending program costs.
     */
    static final Duration EXIT_LIMIT = Duration.ofSeconds(10);
    /** The program's line naming the pool's workers as what still holds the JVM after main: its evidence. */
    static final String HELD_BY_THE_POOL = BatchProgram.STILL_ALIVE + "pool-";
    /** JVM start-up and the whole batch, more than the correct program's own one-minute wait. */
    static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);

    private static final Map<Integer, Map<String, Integer>> EXPECTED = new ConcurrentHashMap<>();

    @TempDir
    Path work;

    @RacecardTest(pattern = "pool-shutdown")
    void everyTaskRunsAndTheJvmExits(Evidence evidence) throws Exception {
        ChildJvm jvm = ChildJvm.withCurrentClasspath(EXIT_LIMIT).startingClockAt(BatchProgram.MAIN_RETURNS, STARTUP_LIMIT)
                .killedAtLine(HELD_BY_THE_POOL);
        String program = evidence.subject().implementation();
        int[] trial = {0};
        evidence.childJvmTrials(TRIALS)
                .acceptable("all-written-exited", "every task's record is in the log, once, and the JVM exited by "
                        + "itself with status 0")
                .race("never-exits", "every record is in the log, but after main returned the JVM was still "
                        + "there, held by the pool's idle workers (non-daemon threads waiting for more tasks), as the "
                        + "program said, and was killed")
                .race("work-lost", "main returned and the JVM exited with status 0 (or was still running the "
                        + "pool's queue when killed), but records are missing: their tasks were still queued or "
                        + "running when the program closed the log")
                .forbidden("failed", "the program did not get to the end of main: it exited with an error, or was "
                        + "killed " + STARTUP_LIMIT.toSeconds() + " s after it started")
                .forbidden("unexplained", "records repeated, torn or unknown, or a JVM kept alive after main by "
                        + "something other than the pool's workers: no way of ending a pool explains it")
                .run(() -> {
                    int tasks = TASKS[trial[0] % TASKS.length];
                    Path log = work.resolve(evidence.subject() + "-" + trial[0]++ + ".log");
                    ChildJvm.Exit exit = jvm.run(program, work, log.toString(), Integer.toString(tasks));
                    String outcome = classify(exit, log, tasks);
                    System.out.printf("[pool-shutdown] %s trial %d (%,d tasks): %s; %s%n", evidence.subject(),
                            trial[0], tasks, outcome, describe(exit, log, tasks));
                    Files.deleteIfExists(log);
                    return outcome;
                });
    }

    /** What the program's run shows: the log's records, its exit, and who held the JVM after main. */
    static String classify(ChildJvm.Exit exit, Path log, int tasks) throws IOException {
        if (!exit.ready()) {
            return "failed";
        }
        Optional<Integer> written = recordsWritten(log, tasks);
        if (written.isEmpty()) {
            return "unexplained";
        }
        boolean all = written.get() == tasks;
        if (exit.hung()) {
            List<String> holders = heldBy(exit.output());
            if (holders.isEmpty()) {
                // no word from the program on who held the JVM: it may only have been slow to exit
                throw new IllegalStateException("timeout: killed " + EXIT_LIMIT.toSeconds() + " s after main returned, "
                        + "and the program never said which threads held the JVM: neither the race nor a pass");
            }
            // held by the pool: idle workers with every record written, or busy ones still failing
            // through the queue of a closed log (for which the exit limit may be too short)
            boolean pool = holders.stream().allMatch(n -> n.matches("pool-\\d+-thread-\\d+"));
            return pool ? all ? "never-exits" : "work-lost" : "unexplained";
        }
        if (exit.exitCode() != 0) {
            return "failed";
        }
        return all ? "all-written-exited" : "work-lost";
    }

    /** How many distinct expected records the log holds; empty when it holds anything else. */
    static Optional<Integer> recordsWritten(Path log, int tasks) throws IOException {
        if (!Files.exists(log)) {
            return Optional.empty(); // the program opens it before any task exists
        }
        String content = Files.readString(log, StandardCharsets.UTF_8);
        if (!content.isEmpty() && !content.endsWith("\n")) {
            return Optional.empty();
        }
        Map<String, Integer> expected = EXPECTED.computeIfAbsent(tasks, PoolShutdownExperiment::expectedRecords);
        boolean[] seen = new boolean[tasks];
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

    /** The program's line after main: the non-daemon threads still alive; none without that line. */
    static List<String> heldBy(String output) {
        return output.lines().filter(line -> line.startsWith(BatchProgram.STILL_ALIVE)).findFirst()
                .map(line -> line.substring(BatchProgram.STILL_ALIVE.length()).strip())
                .map(names -> names.isEmpty() ? List.<String>of() : Arrays.asList(names.split(", ")))
                .orElse(List.of());
    }

    private static Map<String, Integer> expectedRecords(int tasks) {
        Map<String, Integer> records = new HashMap<>();
        IntStream.range(0, tasks).forEach(i -> records.put(UrlRecords.record(i), i));
        return records;
    }

    private static String describe(ChildJvm.Exit exit, Path log, int tasks) throws IOException {
        String records = recordsWritten(log, tasks).map(n -> String.format("%,d of %,d records", n, tasks))
                .orElse("log unreadable as records");
        String main = exit.ready() ? "main returned after " + exit.readyAfter().toMillis() + " ms" : "main never returned";
        String end = exit.hung() ? "killed" : "exit " + exit.exitCode();
        List<String> after = exit.output().lines().filter(l -> l.startsWith(BatchProgram.STILL_ALIVE)).toList();
        String output = exit.exitCode() == 0 || exit.hung() ? String.join("; ", after)
                : "output: " + exit.outputExcerpt();
        return records + ", " + main + ", " + end + " after " + exit.elapsed().toMillis() + " ms"
                + (output.isEmpty() ? "" : "; " + output);
    }

}
