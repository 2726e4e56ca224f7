package dev.racecard.showcase.daemonshutdown;

import dev.racecard.experiments.ChildJvm;
import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.junit.Trials;
import dev.racecard.evidence.Expectation;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seeds 000/001/003/004: "daemon threads are killed at exit; using them for critical work can
 * lose data". Neither jcstress nor Lincheck can see a JVM exit, so each trial runs the subject's
 * program (a variant, or a mutant in its place) in a real child JVM and classifies what it left on
 * disk. Every program is told, one way or another, that no more records are coming, and its
 * writer would then write them all and close the file: whatever is missing, the JVM's exit took.
 * <p>
 * Trials take turns at two workloads. A large one, where the writer is still busy when main
 * returns: written to a slow disk ({@link SlowSink}: a pipe drained at a fixed rate), so the writer
 * has a backlog at exit on any machine; and a small one to a plain file, fitting in one buffer,
 * where the writer may well be done first: the racy program then shows both endings, which is
 * what makes its losses a race and not a foregone conclusion. The experiment records evidence
 * and judges nothing (the gate does); it fails only when a child JVM cannot be run at all.
 */
class DaemonShutdownExperiment {

    /**
     * Records per trial, in turn, the large one first: most mistakes show there soonest. The small
     * one fits in one buffer; it runs more often because it is cheap, and it is where the racy
     * program shows both endings.
     */
    static final int[] RECORDS = {200_000, 100, 100};
    /**
     * The large workload's disk: 200,000 records (~7.4 MB) take ~0.9 s to drain, and main submits
     * them in a fraction of that, so a hook's 100 ms timed join leaves most of them behind. On a
     * plain file the writer kept up with main: the timed-join mutant survived 2 of 3 gate runs on
     * a 2-core machine with 3,000,000 records (~115 MB) a large trial, and on a quiet one even the
     * racy writer lost nothing at that size.
     */
    static final long SLOW_DISK_BYTES_PER_SECOND = 8_000_000;
    /** Where there is no mkfifo, the large trials go to a plain file, with the records it took there. */
    static final int PLAIN_FILE_LARGE_RECORDS = 3_000_000;
    /**
     * 10 under the gate budget (it was 20): each trial is a JVM, ~1 s, and a correct variant's 20 took
     * 18-31 s of a gate run; the racy writer showed its race in 8 of 20, so 10 miss it with a chance of
     * about 0.6 %, and every mutant dies in its first trial.
     */
    static final int TRIALS = Budgets.trials(10);
    /**
     * From process start (ChildJvm has no ready handshake yet): a correct program took up to ~11 s
     * for a million records on 2 cores at load 25, and a large trial on the slow disk ~1 s on 2
     * cores (three million, where there is no mkfifo, proportionally more). A kill here has no evidence
     * that the program was stuck, so it is a timeout, an error (never an outcome), which would still
     * fail a correct variant. Only the thorough-only mutants that really hang pay it.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(120);
    static final String CORRUPT = "corrupt";

    @TempDir
    Path work;

    @RacecardTest(pattern = "daemon-shutdown")
    void programExitsWithItsRecordsOnDisk(Evidence evidence) throws Exception {
        Class<?> program = Class.forName(evidence.subject().implementation());
        AtomicInteger trial = new AtomicInteger();
        AtomicBoolean decided = new AtomicBoolean();
        Map<Integer, List<Integer>> losses = new HashMap<>();
        ChildJvm jvm = ChildJvm.withCurrentClasspath(TIMEOUT);
        Trials trials = evidence.childJvmTrials(TRIALS)
                .acceptable("all", "every record and the end marker are on disk")
                .race("torn", "the file ends mid-record, without the end marker: the writer's buffer reaches "
                        + "the disk in fixed-size chunks, not records, and the rest never got there")
                .race("partial", "whole records only, some or all of them, but no end marker: the writer "
                        + "stopped before it was done, and what reached the disk ends at a record boundary")
                .race("none", "nothing on disk: not even the writer's first buffer got there")
                .forbidden("short", "records missing before a clean end marker: the writer closed the file while "
                        + "records were still queued; no JVM exit does that, only a writer that stops too soon")
                .setting("records per trial", String.format("%,d, %,d, %,d in turn", largeRecords(), RECORDS[1], RECORDS[2]))
                .setting("disk of the large trials", SlowSink.available()
                        ? String.format("slow: a pipe drained at %,d bytes/s", SLOW_DISK_BYTES_PER_SECOND)
                        : "a plain file (no mkfifo here for a slow one)")
                .setting("trials", TRIALS + ", or fewer: the first forbidden outcome decides the verdict and "
                        + "ends the subject's trials")
                .setting("timeout", TIMEOUT.toSeconds() + " s")
                .setting("child JVM", "java -Xshare:auto -XX:TieredStopAtLevel=1 " + program.getSimpleName())
                .stopWhen(decided::get, "the first forbidden outcome decided the verdict");
        Expectation lost = evidence.raceExpectation();
        trials.run(() -> {
            int n = trial.getAndIncrement();
            boolean large = n % RECORDS.length == 0;
            int records = large ? largeRecords() : RECORDS[n % RECORDS.length];
            Path file = work.resolve(evidence.subject() + "-" + n + ".log");
            Path written = file;
            SlowSink slowDisk = null;
            if (large && SlowSink.available()) {
                written = work.resolve(evidence.subject() + "-" + n + ".pipe");
                slowDisk = SlowSink.open(written, file, SLOW_DISK_BYTES_PER_SECOND);
            }
            ChildJvm.Exit exit = jvm.run(program, work, written.toString(), Integer.toString(records));
            if (slowDisk != null) {
                slowDisk.finish(Duration.ofSeconds(30));
            }
            if (exit.hung()) {
                // killed with nothing to show it would never exit: a timeout of the experiment, not an outcome
                Files.deleteIfExists(file);
                throw new IllegalStateException("timeout, not an outcome: the program did not exit within "
                        + TIMEOUT.toSeconds() + " s and was killed, with no evidence that it was stuck; output: "
                        + exit.outputExcerpt());
            }
            String outcome;
            // crashed and corrupt are declared when seen: no subject is expected to reach them
            if (exit.exitCode() != 0) {
                outcome = "crashed";
                trials.forbidden(outcome, "the program exited with status " + exit.exitCode() + ": "
                        + firstLine(exit.output()));
            } else {
                DiskRecords.State state = DiskRecords.inspect(file, records);
                outcome = classify(file, state);
                if (outcome.equals(CORRUPT)) {
                    trials.forbidden(CORRUPT, "records out of order, repeated or garbled: no way of ending these "
                            + "programs explains it");
                }
                if (state.lost() > 0) {
                    List<Integer> lostPerTrial = losses.computeIfAbsent(records, r -> new ArrayList<>());
                    lostPerTrial.add(state.lost());
                    trials.setting(String.format("records lost per losing trial of %,d", records), summary(lostPerTrial));
                }
            }
            Files.deleteIfExists(file);
            decided.set(forbidden(outcome, lost));
            return outcome;
        });
    }

    static int largeRecords() {
        return SlowSink.available() ? RECORDS[0] : PLAIN_FILE_LARGE_RECORDS;
    }

    /**
     * DiskRecords knows all, torn, partial and none. What it calls corrupt is either a clean end
     * marker after missing records (a writer that stopped too soon: short), or something no
     * shutdown of these programs explains ({@value #CORRUPT}), which is declared only if it happens,
     * as forbidden.
     */
    static String classify(Path file, DiskRecords.State state) throws IOException {
        if (state.kind() != DiskRecords.Kind.CORRUPT) {
            return state.kind().name().toLowerCase();
        }
        String content = Files.readString(file);
        List<String> lines = content.lines().toList();
        // DiskRecords counts the intact records up to the first line that is not the next one
        if (content.endsWith("\n") && lines.size() == state.wholeRecords() + 1
                && lines.get(lines.size() - 1).equals(RecordFormat.END)) {
            return "short";
        }
        return CORRUPT;
    }

    /** "2 to 950, median 12 (4 trials)". */
    private static String summary(List<Integer> lostPerTrial) {
        List<Integer> sorted = lostPerTrial.stream().sorted().toList();
        return String.format("%,d to %,d, median %,d (%d trials)", sorted.get(0), sorted.get(sorted.size() - 1),
                sorted.get(sorted.size() / 2), sorted.size());
    }

    /** Whether {@code outcome} is forbidden for the subject: then its verdict is decided. */
    private static boolean forbidden(String outcome, Expectation lost) {
        return switch (outcome) {
            case "all" -> false;
            case "torn", "partial", "none" -> lost == Expectation.FORBIDDEN;
            default -> true;
        };
    }

    private static String firstLine(String output) {
        String line = output.strip().lines().findFirst().orElse("(no output)");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
