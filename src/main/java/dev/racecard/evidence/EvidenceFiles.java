package dev.racecard.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Evidence files: one JSON file per experiment, written by the JUnit, Lincheck and child-JVM
 * experiments and read back by the report. Each file is wrapped in a small envelope with a format
 * version, so a stray JSON file is rejected rather than misread. Writing needs no JSON library
 * ({@link EvidenceJson}); the report reads them with Jackson ({@code report.ingest.EvidenceReader}):
 * the extension writes in a user's tests, whose class path has no Jackson; the report reads in the
 * plugin's, which has it.
 */
public final class EvidenceFiles {

    public static final int FORMAT = 1;
    public static final String SUFFIX = ".evidence.json";

    private EvidenceFiles() {
    }

    /** Writes the experiment atomically: a reader never sees half a file. */
    public static Path write(Path dir, Experiment experiment) throws IOException {
        Files.createDirectories(dir);
        String subject = experiment.pattern() + "-" + experiment.variant()
                + (experiment.ofMutant() ? "~" + experiment.mutant() : "");
        String name = (experiment.tool().id() + "-" + subject + "-" + experiment.testId())
                .replaceAll("[^A-Za-z0-9._~-]", "_") + SUFFIX;
        Path target = dir.resolve(name);
        Path temp = Files.createTempFile(dir, ".evidence", ".tmp");
        try {
            Files.writeString(temp, EvidenceJson.envelope(FORMAT, experiment));
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}
