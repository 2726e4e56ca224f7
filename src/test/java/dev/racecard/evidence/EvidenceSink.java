package dev.racecard.evidence;

import dev.racecard.report.evidence.EvidenceFiles;
import dev.racecard.report.model.Experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Where the test-phase experiments drop their evidence for the report (set by the pom). */
public final class EvidenceSink {

    private EvidenceSink() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("racecard.evidence.dir", "target/racecard/evidence"));
    }

    public static void record(Experiment experiment) {
        try {
            EvidenceFiles.write(dir(), experiment);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record evidence for " + experiment.testId(), e);
        }
    }
}
