package dev.racecard.report.render;

import dev.racecard.catalog.SeedRef;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.MutantStatus;
import dev.racecard.report.gate.MutantVerdict;
import dev.racecard.report.gate.ToolKill;
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

    /** @param mutants which mutants the run put in place: none, gate or all (absent before mutants existed) */
    public record Gate(boolean passed, String policy, String mutants, List<Finding> failures, List<Finding> warnings) {
    }

    public record PatternEntry(String id, String title, String claim, List<SeedRef> seeds, List<VariantEntry> variants) {
    }

    /** @param mutants a correct variant's positive controls (absent in files written before they existed) */
    public record VariantEntry(String id, VariantKind kind, String implementation, String summary,
                               VariantStatus status, List<Finding> findings, List<Experiment> experiments,
                               List<MutantEntry> mutants) {
    }

    /**
     * One mutant and what the gate made of it.
     *
     * @param tools    the tools it runs through
     * @param kills    one row per tool of its variant: killed, survived, error, not-applicable or not-run
     * @param findings the gate's findings on its evidence: for a killed mutant, what killed it
     */
    public record MutantEntry(String id, String implementation, String mistake, List<String> tools, String blindSpot,
                              boolean thoroughOnly, MutantStatus status, List<ToolKill> kills, List<Finding> findings,
                              List<Experiment> experiments) {
        static MutantEntry of(MutantVerdict m) {
            return new MutantEntry(m.mutant().id(), m.mutant().implementation(), m.mutant().mistake(),
                    m.mutant().tools().stream().map(Tool::id).sorted().toList(), m.mutant().blindSpot(),
                    m.mutant().thoroughOnly(), m.status(), m.tools(), m.findings(), m.experiments());
        }
    }

    public static RacecardDocument of(GateVerdict verdict, Instant generatedAt) {
        Map<String, PatternEntry> patterns = new LinkedHashMap<>();
        for (VariantVerdict v : verdict.variants()) {
            PatternEntry p = patterns.computeIfAbsent(v.pattern().id(), id -> new PatternEntry(id, v.pattern().title(),
                    v.pattern().claim(), v.pattern().seeds(), new ArrayList<>()));
            List<MutantEntry> mutants = verdict.mutants().stream().filter(m -> m.variant() == v.variant())
                    .map(MutantEntry::of).toList();
            p.variants().add(new VariantEntry(v.variant().id(), v.variant().kind(), v.variant().implementation(),
                    v.variant().summary(), v.status(), v.findings(), v.experiments(), mutants));
        }
        return new RacecardDocument(SCHEMA_VERSION, generatedAt.toString(),
                new Gate(verdict.passed(), verdict.policy().name().toLowerCase(), verdict.selection().id(),
                        verdict.failures(), verdict.warnings()),
                List.copyOf(patterns.values()), verdict.unowned());
    }
}
