package dev.racecard.report.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.racecard.report.BadInputException;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.model.Json;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an evidence file with Jackson, for the report. Apart from {@link EvidenceFiles} so that
 * loading that class (the extension does, to write) never loads Jackson: a user's tests have none.
 */
final class EvidenceReader {

    private static final ObjectMapper JSON = Json.MAPPER;

    private EvidenceReader() {
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
