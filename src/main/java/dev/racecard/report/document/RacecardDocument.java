package dev.racecard.report.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.SeedRef;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.MutantStatus;
import dev.racecard.report.gate.RacePolicy;
import dev.racecard.report.gate.ToolKill;
import dev.racecard.report.gate.ToolVerdict;
import dev.racecard.report.gate.VariantStatus;
import dev.racecard.evidence.Experiment;

import java.util.List;
import java.util.Map;

/**
 * The report as data: one or more environments (a single run is one; {@code merge} makes many),
 * and per variant, mutant and test what each environment's run showed. Every renderer reads
 * this and only this; it is {@code racecard.json}, schema documented in reports/README.md.
 * Bump {@link #SCHEMA_VERSION} on any change a reader could trip over.
 *
 * @param tools      the tools of the report's columns, in the tools' order
 * @param otherTests tests no catalog variant claims (e.g. another project's jcstress tests)
 */
public record RacecardDocument(int schemaVersion, String generatedAt, List<Environment> environments,
                               GateSummary gate, List<Tool> tools, List<PatternEntry> patterns,
                               List<TestEntry> otherTests) {

    public static final int SCHEMA_VERSION = 2;

    /**
     * One run's place: where it ran and how it was graded.
     *
     * @param label   unique within the document; every per-environment value names it
     * @param source  where this run's report was read from, or "this run"
     * @param machine the JDK, vendor, VM, OS, architecture and CPUs its experiments ran on
     */
    public record Environment(String label, String source, String generatedAt, RacePolicy policy,
                              MutantSelection mutants, boolean passed, Map<String, String> machine) {
    }

    /**
     * The combined gate: every environment's findings plus a merge's own. A finding names its
     * environment once the document has several; in a single run's document it names none.
     */
    public record GateSummary(boolean passed, List<Finding> findings) {
        @JsonIgnore
        public List<Finding> failures() {
            return findings.stream().filter(Finding::failure).toList();
        }

        @JsonIgnore
        public List<Finding> warnings() {
            return findings.stream().filter(f -> !f.failure()).toList();
        }
    }

    public record PatternEntry(String id, String title, String claim, List<SeedRef> seeds, List<VariantEntry> variants) {
        public PatternEntry withVariants(List<VariantEntry> others) {
            return new PatternEntry(id, title, claim, seeds, others);
        }
    }

    /**
     * @param status the combined verdict over every environment (see {@link Verdicts#combined})
     * @param runs   what each environment's run made of it, in environment order
     */
    public record VariantEntry(String id, VariantKind kind, String implementation, String summary,
                               List<String> criticalCode, VariantStatus status, List<VariantRun> runs,
                               List<MutantEntry> mutants) {
    }

    /** @param tools one result per tool of the document, as that environment's gate computed it */
    public record VariantRun(String environment, VariantStatus status, List<ToolVerdict> tools,
                             List<Experiment> experiments) {
    }

    /** A positive control of a correct variant, and what each environment's run made of it. */
    public record MutantEntry(String id, String implementation, String mistake, List<Tool> tools, String blindSpot,
                              boolean thoroughOnly, List<MutantRun> runs) {
        public MutantEntry withRuns(List<MutantRun> others) {
            return new MutantEntry(id, implementation, mistake, tools, blindSpot, thoroughOnly, others);
        }
    }

    /**
     * @param kills      one row per tool of its variant: killed, survived, error, not-applicable or not-run
     * @param violations what the gate would have failed the variant for with the mutant in place:
     *                   for a killed mutant, what killed it
     */
    public record MutantRun(String environment, MutantStatus status, List<ToolKill> kills, List<Finding> violations,
                            List<Experiment> experiments) {
    }

    /** A test no variant claims, and its run in each environment that ran it. */
    public record TestEntry(Tool tool, String testId, List<TestRun> runs) {
    }

    public record TestRun(String environment, Experiment experiment) {
    }
}
