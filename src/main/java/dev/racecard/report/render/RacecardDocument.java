package dev.racecard.report.render;

import dev.racecard.catalog.SeedRef;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.VariantStatus;
import dev.racecard.report.gate.VariantVerdict;
import dev.racecard.report.model.Experiment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of {@code reports/racecard.json}; its schema is documented in reports/README.md.
 * Bump {@link #SCHEMA_VERSION} on any change a reader could trip over.
 */
public record RacecardDocument(int schemaVersion, String generatedAt, Gate gate, List<PatternEntry> patterns,
                               List<Experiment> otherTests) {

    public static final int SCHEMA_VERSION = 1;

    public record Gate(boolean passed, String policy, List<Finding> failures, List<Finding> warnings) {
    }

    public record PatternEntry(String id, String title, String claim, List<SeedRef> seeds, List<VariantEntry> variants) {
    }

    public record VariantEntry(String id, VariantKind kind, String implementation, String summary,
                               VariantStatus status, List<Finding> findings, List<Experiment> experiments) {
    }

    public static RacecardDocument of(GateVerdict verdict, Instant generatedAt) {
        Map<String, PatternEntry> patterns = new LinkedHashMap<>();
        for (VariantVerdict v : verdict.variants()) {
            PatternEntry p = patterns.computeIfAbsent(v.pattern().id(), id -> new PatternEntry(id, v.pattern().title(),
                    v.pattern().claim(), v.pattern().seeds(), new ArrayList<>()));
            p.variants().add(new VariantEntry(v.variant().id(), v.variant().kind(), v.variant().implementation(),
                    v.variant().summary(), v.status(), v.findings(), v.experiments()));
        }
        return new RacecardDocument(SCHEMA_VERSION, generatedAt.toString(),
                new Gate(verdict.passed(), verdict.policy().name().toLowerCase(), verdict.failures(), verdict.warnings()),
                List.copyOf(patterns.values()), verdict.unowned());
    }
}
