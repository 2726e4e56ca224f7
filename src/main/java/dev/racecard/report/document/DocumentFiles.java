package dev.racecard.report.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.racecard.report.BadInputException;
import dev.racecard.report.document.RacecardDocument.MutantEntry;
import dev.racecard.report.document.RacecardDocument.PatternEntry;
import dev.racecard.report.document.RacecardDocument.TestEntry;
import dev.racecard.report.document.RacecardDocument.VariantEntry;
import dev.racecard.report.gate.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@code racecard.json} on disk. Reading accepts only a complete document of the schema this
 * Racecard writes: a merge of half-read reports would be a verdict about nothing.
 */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    public static void write(RacecardDocument doc, OutputStream out) throws IOException {
        Json.MAPPER.writeValue(out, doc);
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
            JsonNode tree = Json.MAPPER.readTree(bytes);
            checkVersion(file, tree);
            return complete(file, Json.MAPPER.treeToValue(tree, RacecardDocument.class));
        } catch (JsonProcessingException e) {
            throw new BadInputException("report " + file + " is corrupt: " + Json.firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new BadInputException("cannot read report " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadInputException("report " + file + " is invalid: " + Json.firstLine(e.getMessage()), e);
        }
    }

    private static void checkVersion(Path file, JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new BadInputException("report " + file + " is not a racecard.json (not a JSON object)");
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isInt()) {
            throw new BadInputException("report " + file + " has no schemaVersion: not a racecard.json");
        }
        if (version.intValue() < RacecardDocument.SCHEMA_VERSION) {
            throw new BadInputException("report " + file + " has schema version " + version.intValue()
                    + ", written by an older Racecard; regenerate it with this one (mvn verify, or racecard report)");
        }
        if (version.intValue() > RacecardDocument.SCHEMA_VERSION) {
            throw new BadInputException("report " + file + " has schema version " + version.intValue()
                    + "; this Racecard reads version " + RacecardDocument.SCHEMA_VERSION + ": use a newer Racecard");
        }
    }

    /** Jackson leaves absent fields null; every one a renderer or the merge relies on must be there. */
    private static RacecardDocument complete(Path file, RacecardDocument doc) {
        require(file, doc.generatedAt(), "generatedAt");
        requireAll(file, doc.environments(), "environments");
        if (doc.environments().isEmpty()) {
            throw new BadInputException("report " + file + " is incomplete: no environment");
        }
        doc.environments().forEach(e -> {
            require(file, e.label(), "environment label");
            require(file, e.policy(), "race policy of " + e.label());
        });
        require(file, doc.gate(), "gate");
        requireFindings(file, doc.gate().findings(), "gate.findings");
        requireAll(file, doc.tools(), "tools");
        requireAll(file, doc.patterns(), "patterns");
        for (PatternEntry p : doc.patterns()) {
            require(file, p.id(), "pattern id");
            requireAll(file, p.variants(), "variants of pattern " + p.id());
            for (VariantEntry v : p.variants()) {
                String where = p.id() + "/" + v.id();
                require(file, v.id(), "variant id in pattern " + p.id());
                require(file, v.kind(), "kind of " + where);
                require(file, v.status(), "status of " + where);
                requireAll(file, v.runs(), "runs of " + where);
                v.runs().forEach(r -> {
                    require(file, r.environment(), "environment of a run of " + where);
                    require(file, r.status(), "status of a run of " + where);
                    requireAll(file, r.tools(), "tool results of " + where);
                    requireAll(file, r.experiments(), "experiments of " + where);
                });
                requireAll(file, v.mutants(), "mutants of " + where);
                for (MutantEntry m : v.mutants()) {
                    requireAll(file, m.runs(), "runs of mutant " + where + "~" + m.id());
                    m.runs().forEach(r -> {
                        require(file, r.status(), "status of mutant " + where + "~" + m.id());
                        requireAll(file, r.kills(), "kills of mutant " + where + "~" + m.id());
                        requireFindings(file, r.violations(), "violations of mutant " + where + "~" + m.id());
                        requireAll(file, r.experiments(), "experiments of mutant " + where + "~" + m.id());
                    });
                }
            }
        }
        requireAll(file, doc.otherTests(), "otherTests");
        for (TestEntry t : doc.otherTests()) {
            require(file, t.tool(), "tool of an other test");
            requireAll(file, t.runs(), "runs of " + t.testId());
            t.runs().forEach(r -> require(file, r.experiment(), "experiment of a run of " + t.testId()));
        }
        return doc;
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
    }
}
