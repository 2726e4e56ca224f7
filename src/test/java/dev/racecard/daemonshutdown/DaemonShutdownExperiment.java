package dev.racecard.daemonshutdown;

import dev.racecard.catalog.Tool;
import dev.racecard.evidence.Budgets;
import dev.racecard.junit.Subject;
import dev.racecard.evidence.Subjects;
import dev.racecard.evidence.TrialHistogram;
import dev.racecard.experiments.ChildJvm;
import dev.racecard.experiments.DiskRecords;
import dev.racecard.patterns.daemonshutdown.RecordFormat;
import dev.racecard.report.model.Expectation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Seeds 000/001/003/004: "daemon threads are killed at exit; using them for critical work can
 * lose data". Neither jcstress nor Lincheck can see a JVM exit, so each trial runs the subject's
 * program (a variant, or a mutant in its place) in a real child JVM and classifies what it left on
 * disk. Every program is told, one way or another, that no more records are coming, and its
 * writer would then write them all and close the file: whatever is missing, the JVM's exit took.
 * <p>
 * Trials take turns at two workloads. A large one, where the writer is still busy when main
 * returns; and a small one that fits in one buffer, where the writer may well be done first: the
 * racy program then shows both endings, which is what makes its losses a race and not a foregone
 * conclusion. The experiment records evidence and judges nothing (the gate does); it fails only
 * when a child JVM cannot be run at all.
 */
class DaemonShutdownExperiment {

    /**
     * Records per trial, in turn, the large one first: most mistakes show there soonest, and a
     * hook's 100 ms timed join meets a backlog longer than that only with millions of records
     * (measured on 2 busy cores: 65-215 ms at 300,000, 110-240 ms at 1,000,000; on 2 quiet cores
     * the writer kept up with 1,000,000 and the timed-join mutant survived 2 of 4 gate runs, with
     * 3,000,000 it was killed in its first trial 3 of 3 times, for ~6 s more per correct variant).
     * The small one fits in one buffer; it runs more often because it is cheap, and it is where
     * the racy program shows both endings.
     */
    static final int[] RECORDS = {3_000_000, 100, 100};
    /**
     * 10 under the gate budget (it was 20): each trial is a JVM, ~1 s, and a correct variant's 20 took
     * 18-31 s of a gate run; the racy writer showed its race in 8 of 20, so 10 miss it with a chance of
     * about 0.6 %, and every mutant dies in its first trial.
     */
    static final int TRIALS = Budgets.trials(10);
    /**
     * From process start (ChildJvm has no ready handshake yet): a correct program took up to ~11 s
     * for a million records on 2 cores at load 25, so three million get twice the margin that
     * gave: a false "hung" would fail a correct variant. Only the thorough-only mutants that
     * really hang pay it.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path work;

    static Stream<Subject> subjects() {
        return Subjects.of("daemon-shutdown", Tool.CHILD_JVM);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjects")
    void programExitsWithItsRecordsOnDisk(Subject subject) throws Exception {
        Class<?> program = Class.forName(subject.implementation());
        Expectation lost = subject.raceOutcome();
        TrialHistogram histogram = new TrialHistogram(subject, Tool.CHILD_JVM, subject.testId(getClass()))
                .outcome("all", "every record and the end marker are on disk", Expectation.ACCEPTABLE)
                .outcome("torn", "the file ends mid-record, without the end marker: the writer's buffer reaches "
                        + "the disk in fixed-size chunks, not records, and the rest never got there", lost)
                .outcome("partial", "whole records only, some or all of them, but no end marker: the writer "
                        + "stopped before it was done, and what reached the disk ends at a record boundary", lost)
                .outcome("none", "nothing on disk: not even the writer's first buffer got there", lost)
                .outcome("short", "records missing before a clean end marker: the writer closed the file while "
                        + "records were still queued; no JVM exit does that, only a writer that stops too soon",
                        Expectation.FORBIDDEN)
                .outcome("hung", "the program did not exit within " + TIMEOUT.toSeconds() + " s and was killed",
                        Expectation.FORBIDDEN)
                .setting("records per trial", String.format("%,d, %,d, %,d in turn", RECORDS[0], RECORDS[1], RECORDS[2]))
                .setting("trials", TRIALS + ", or fewer: the first forbidden outcome decides the verdict and "
                        + "ends the subject's trials")
                .setting("timeout", TIMEOUT.toSeconds() + " s")
                .setting("child JVM", "java -Xshare:auto -XX:TieredStopAtLevel=1 " + program.getSimpleName());

        Set<String> unexplained = new HashSet<>();
        ChildJvm jvm = ChildJvm.withCurrentClasspath(TIMEOUT);
        Map<Integer, List<Integer>> losses = new LinkedHashMap<>();
        int trials = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            int records = RECORDS[trial % RECORDS.length];
            Path file = work.resolve(subject + "-" + trial + ".log");
            ChildJvm.Exit exit = jvm.run(program, work, file.toString(), Integer.toString(records));
            String outcome;
            if (exit.hung()) {
                outcome = "hung";
            } else if (exit.exitCode() != 0) {
                outcome = unexplained(histogram, unexplained, "crashed", "the program exited with status " + exit.exitCode()
                        + ": " + firstLine(exit.output()));
            } else {
                DiskRecords.State state = DiskRecords.inspect(file, records);
                outcome = classify(histogram, unexplained, file, state);
                if (state.lost() > 0) {
                    losses.computeIfAbsent(records, r -> new ArrayList<>()).add(state.lost());
                }
            }
            histogram.observe(outcome);
            trials++;
            Files.deleteIfExists(file);
            if (forbidden(outcome, lost)) {
                break;
            }
        }
        histogram.setting("trials run", trials);
        losses.forEach((records, lostPerTrial) -> {
            lostPerTrial.sort(null);
            histogram.setting(String.format("records lost per losing trial of %,d", records),
                    String.format("%,d to %,d, median %,d (%d trials)", lostPerTrial.get(0),
                            lostPerTrial.get(lostPerTrial.size() - 1), lostPerTrial.get(lostPerTrial.size() / 2),
                            lostPerTrial.size()));
        });
        histogram.record();
    }

    /**
     * DiskRecords knows all, torn, partial and none. What it calls corrupt is either a clean end
     * marker after missing records (a writer that stopped too soon), or something no shutdown of
     * these programs explains, which is declared only if it happens, as forbidden.
     */
    static String classify(TrialHistogram histogram, Set<String> unexplained, Path file,
                                   DiskRecords.State state) throws IOException {
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
        return unexplained(histogram, unexplained, "corrupt", "records out of order, repeated or garbled: "
                + "no way of ending these programs explains it");
    }

    /** An outcome no subject is expected to reach, declared when first seen; always forbidden. */
    private static String unexplained(TrialHistogram histogram, Set<String> declared, String id, String description) {
        if (declared.add(id)) {
            histogram.outcome(id, description, Expectation.FORBIDDEN);
        }
        return id;
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
