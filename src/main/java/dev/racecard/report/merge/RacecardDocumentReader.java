package dev.racecard.report.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.racecard.report.BadInputException;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.render.RacecardDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads a single run's {@code racecard.json} back into {@link RacecardDocument}. Anything but a
 * complete document of the schema version this Racecard writes is a {@link BadInputException}:
 * a merge of half-read reports would be a verdict about nothing.
 */
public final class RacecardDocumentReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            // fields added later within the same schema version are additions a reader may skip
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private RacecardDocumentReader() {
    }

    public static RacecardDocument read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("report " + file + (Files.exists(file) ? " is not a file" : " does not exist"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read report " + file + ": " + e.getMessage(), e);
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new BadInputException("report " + file + " is empty");
        }
        try {
            JsonNode tree = JSON.readTree(bytes);
            checkVersion(file, tree);
            return complete(file, JSON.treeToValue(tree, RacecardDocument.class));
        } catch (JsonProcessingException e) {
            throw new BadInputException("report " + file + " is corrupt: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new BadInputException("cannot read report " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadInputException("report " + file + " is invalid: " + firstLine(e.getMessage()), e);
        }
    }

    private static void checkVersion(Path file, JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new BadInputException("report " + file + " is not a racecard.json (not a JSON object)");
        }
        if (tree.path("kind").asText("").equals(MergedDocument.KIND)) {
            throw new BadInputException("report " + file + " is a merged report: merge the racecard.json files it came from");
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isInt()) {
            throw new BadInputException("report " + file + " has no schemaVersion: not a racecard.json");
        }
        if (version.intValue() != RacecardDocument.SCHEMA_VERSION) {
            throw new BadInputException("report " + file + " has schema version " + version.intValue()
                    + "; this Racecard reads version " + RacecardDocument.SCHEMA_VERSION);
        }
    }

    /** Jackson leaves absent fields null; every one the merge relies on must be there. */
    private static RacecardDocument complete(Path file, RacecardDocument doc) {
        require(file, doc.generatedAt(), "generatedAt");
        require(file, doc.gate(), "gate");
        require(file, doc.gate().policy(), "gate.policy");
        requireFindings(file, doc.gate().failures(), "gate.failures");
        requireFindings(file, doc.gate().warnings(), "gate.warnings");
        requireAll(file, doc.patterns(), "patterns");
        for (RacecardDocument.PatternEntry p : doc.patterns()) {
            require(file, p.id(), "pattern id");
            requireAll(file, p.variants(), "variants of pattern " + p.id());
            for (RacecardDocument.VariantEntry v : p.variants()) {
                String where = p.id() + "/" + v.id();
                require(file, v.id(), "variant id in pattern " + p.id());
                require(file, v.kind(), "kind of " + where);
                require(file, v.status(), "status of " + where);
                requireFindings(file, v.findings(), "findings of " + where);
                requireAll(file, v.experiments(), "experiments of " + where);
            }
        }
        List<?> others = doc.otherTests() == null ? List.of() : doc.otherTests();
        requireAll(file, others, "otherTests");
        return new RacecardDocument(doc.schemaVersion(), doc.generatedAt(), doc.gate(), doc.patterns(),
                doc.otherTests() == null ? List.of() : doc.otherTests());
    }

    private static void require(Path file, Object value, String what) {
        if (value == null) {
            throw new BadInputException("report " + file + " is incomplete: no " + what);
        }
    }

    private static void requireAll(Path file, List<?> values, String what) {
        require(file, values, what);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new BadInputException("report " + file + " is incomplete: a null entry in " + what);
        }
    }

    private static void requireFindings(Path file, List<Finding> findings, String what) {
        requireAll(file, findings, what);
        for (Finding f : findings) {
            require(file, f.severity(), "severity of a finding in " + what);
            require(file, f.subject(), "subject of a finding in " + what);
            require(file, f.message(), "message of a finding in " + what);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
