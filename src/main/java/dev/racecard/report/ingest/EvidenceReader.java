package dev.racecard.report.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.racecard.evidence.EvidenceFiles;
import dev.racecard.evidence.Experiment;
import dev.racecard.report.BadInputException;
import dev.racecard.report.document.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads evidence files with Jackson, for the report. Apart from {@link EvidenceFiles} so that
 * loading that class (the extension does, to write) never loads Jackson: a user's tests have none.
 */
public final class EvidenceReader {

    private static final ObjectMapper JSON = Json.MAPPER;

    private EvidenceReader() {
    }

    /** Reads every evidence file in {@code dir}, sorted by file name. */
    public static List<Experiment> readAll(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("evidence directory " + dir + " does not exist (did the tests run?)");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(EvidenceFiles.SUFFIX)).sorted().toList();
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
        return parse(file, bytes);
    }

    static Experiment parse(Path file, byte[] bytes) {
        try {
            JsonNode tree = JSON.readTree(bytes);
            if (tree == null || !tree.path("racecardEvidence").isInt()) {
                throw new BadInputException("evidence file " + file + " is not a Racecard evidence file");
            }
            int format = tree.get("racecardEvidence").intValue();
            if (format != EvidenceFiles.FORMAT) {
                throw new BadInputException("evidence file " + file + " has format " + format
                        + ", this Racecard reads format " + EvidenceFiles.FORMAT);
            }
            Experiment experiment = JSON.treeToValue(tree.get("experiment"), Experiment.class);
            if (experiment == null) {
                throw new BadInputException("evidence file " + file + " holds no experiment");
            }
            return experiment;
        } catch (JsonProcessingException e) {
            throw new BadInputException("evidence file " + file + " is corrupt: " + Json.firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new BadInputException("cannot read evidence file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadInputException("evidence file " + file + " is invalid: " + Json.firstLine(e.getMessage()), e);
        }
    }
}
