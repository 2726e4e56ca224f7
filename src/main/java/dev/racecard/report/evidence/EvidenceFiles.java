package dev.racecard.report.evidence;

import dev.racecard.report.BadInputException;
import dev.racecard.report.model.Experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Evidence files: one JSON file per experiment, written by the JUnit, Lincheck and child-JVM
 * experiments and read back by the report. Each file is wrapped in a small envelope with a format
 * version, so a stray JSON file is rejected rather than misread. Writing needs no JSON library
 * ({@link EvidenceJson}), reading needs Jackson ({@link EvidenceReader}): the extension writes in a
 * user's tests, whose class path has no Jackson; the report reads in the plugin's, which has it.
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

    /** Reads every evidence file in {@code dir}, sorted by file name. */
    public static List<Experiment> readAll(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("evidence directory " + dir + " does not exist (did the tests run?)");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException("cannot list evidence directory " + dir + ": " + e.getMessage(), e);
        }
        List<Experiment> experiments = new ArrayList<>();
        for (Path file : files) {
            experiments.add(read(file));
        }
        return experiments;
    }

    public static Experiment read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read evidence file " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new BadInputException("evidence file " + file + " is empty");
        }
        return EvidenceReader.parse(file, bytes);
    }
}
