package dev.racecard.daemonshutdown;

import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.evidence.Budgets;
import dev.racecard.evidence.CatalogVariants;
import dev.racecard.evidence.TrialHistogram;
import dev.racecard.experiments.ChildJvm;
import dev.racecard.experiments.DiskRecords;
import dev.racecard.patterns.daemonshutdown.DaemonWriterProgram;
import dev.racecard.patterns.daemonshutdown.ShutdownHookProgram;
import dev.racecard.patterns.daemonshutdown.SignalledWorkerProgram;
import dev.racecard.report.model.Expectation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Seeds 000/001/003/004: "daemon threads are killed at exit; using them for critical work can
 * lose data". Neither jcstress nor Lincheck can see a JVM exit, so each trial runs the variant's
 * program in a real child JVM and classifies what it left on disk.
 */
class DaemonShutdownExperiment {

    static final int RECORDS = 100_000;
    static final int TRIALS = Budgets.trials(20);
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path work;

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("daemon-writer", DaemonWriterProgram.class),
                Arguments.of("signalled-worker", SignalledWorkerProgram.class),
                Arguments.of("shutdown-hook", ShutdownHookProgram.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void programExitsWithItsRecordsOnDisk(String variantId, Class<?> program) throws Exception {
        Variant variant = CatalogVariants.get("daemon-shutdown", variantId);
        Expectation lost = CatalogVariants.raceOutcome(variant);
        TrialHistogram histogram = new TrialHistogram("daemon-shutdown", variantId, Tool.CHILD_JVM, program.getName())
                .outcome("all", "every record and the end marker are on disk", Expectation.ACCEPTABLE)
                .outcome("partial", "whole records only, some missing: the writer was killed between flushes", lost)
                .outcome("torn", "the last record is cut mid-line: the writer was killed mid-flush", lost)
                .outcome("none", "nothing on disk", lost)
                .outcome("hung", "the program did not exit within " + TIMEOUT.toSeconds() + " s and was killed", Expectation.FORBIDDEN)
                .outcome("crashed", "the program exited with an error status", Expectation.FORBIDDEN)
                .outcome("corrupt", "records out of order or garbled", Expectation.FORBIDDEN)
                .setting("records", RECORDS).setting("trials", TRIALS).setting("timeout", TIMEOUT.toSeconds() + " s")
                .setting("child JVM", "java -Xshare:auto -XX:TieredStopAtLevel=1 " + program.getSimpleName());

        ChildJvm jvm = ChildJvm.withCurrentClasspath(TIMEOUT);
        List<Integer> losses = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            Path file = work.resolve(variantId + "-" + trial + ".log");
            ChildJvm.Exit exit = jvm.run(program, work, file.toString(), Integer.toString(RECORDS));
            if (exit.hung()) {
                histogram.observe("hung");
            } else if (exit.exitCode() != 0) {
                histogram.observe("crashed");
            } else {
                DiskRecords.State state = DiskRecords.inspect(file, RECORDS);
                histogram.observe(state.kind().name().toLowerCase());
                if (state.lost() > 0) {
                    losses.add(state.lost());
                }
            }
            Files.deleteIfExists(file);
        }
        if (!losses.isEmpty()) {
            losses.sort(null);
            histogram.setting("records lost per losing trial", String.format("%,d to %,d, median %,d of %,d",
                    losses.get(0), losses.get(losses.size() - 1), losses.get(losses.size() / 2), RECORDS));
        }
        histogram.record();

        for (String never : List.of("hung", "crashed", "corrupt")) {
            assertEquals(0, histogram.count(never), variantId + ": " + never);
        }
        if (variant.kind() == VariantKind.CORRECT) {
            assertEquals(TRIALS, histogram.count("all"), variantId + " lost records");
        }
    }
}
