package dev.racecard.junit;

import dev.racecard.evidence.EvidenceFiles;
import dev.racecard.evidence.Experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Where tests drop evidence for the report: {@code racecard.evidence.dir}, as the plugin reads it. */
public final class EvidenceDirectory {

    public static final String PROPERTY = "racecard.evidence.dir";

    private EvidenceDirectory() {
    }

    public static Path get() {
        return Path.of(System.getProperty(PROPERTY, "target/racecard/evidence"));
    }

    /** Writes one experiment's evidence file into {@code dir}. Needs no Lincheck on the class path. */
    static Path write(Path dir, Experiment experiment) {
        try {
            return EvidenceFiles.write(dir, experiment);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record evidence for " + experiment.testId(), e);
        }
    }
}
