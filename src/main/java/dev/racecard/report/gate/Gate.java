package dev.racecard.report.gate;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.ExperimentRef;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.report.stats.Formats;
import dev.racecard.evidence.RunStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static dev.racecard.report.gate.Severity.FAILURE;
import static dev.racecard.report.gate.Severity.WARNING;

/**
 * Grades a run's evidence against the catalog (DESIGN.md, "Gate semantics"). A pure function:
 * same catalog, evidence, policy and mutant selection, same verdict.
 */
public final class Gate {

    static final Comparator<Experiment> BY_TOOL_THEN_TEST =
            Comparator.comparing(Experiment::tool).thenComparing(Experiment::testId);

    private Gate() {
    }

    /** A run without mutants in place: it says nothing about what its experiments could catch. */
    public static GateVerdict evaluate(Catalog catalog, List<Experiment> experiments, RacePolicy policy) {
        return evaluate(catalog, experiments, policy, MutantSelection.NONE);
    }

    /**
     * @param experiments every experiment of the run, bound to catalog variants (and mutants) where owned
     * @param selection   which mutants the run put in place: each of them must have its evidence
     */
    public static GateVerdict evaluate(Catalog catalog, List<Experiment> experiments, RacePolicy policy,
                                       MutantSelection selection) {
        List<Tool> tools = toolsUsed(catalog, experiments);
        List<Finding> findings = new ArrayList<>();
        List<VariantVerdict> verdicts = new ArrayList<>();
        List<MutantVerdict> mutants = new ArrayList<>();
        for (Pattern pattern : catalog.patterns()) {
            List<Experiment> ofPattern = experiments.stream()
                    .filter(e -> !e.ofMutant() && pattern.id().equals(e.pattern())).toList();
            Calibration calibration = Calibration.of(pattern, ofPattern);
            for (Variant variant : pattern.variants()) {
                List<Experiment> own = ofPattern.stream().filter(e -> variant.id().equals(e.variant()))
                        .sorted(BY_TOOL_THEN_TEST).toList();
                List<MutantVerdict> controls = new ArrayList<>();
                for (MutantGrading.Graded m : MutantGrading.grade(pattern, variant, experiments, policy, selection)) {
                    controls.add(m.verdict());
                    findings.addAll(m.gateFindings());
                }
                mutants.addAll(controls);
                List<Finding> variantFindings = gradeVariant(pattern, variant, own, policy);
                List<ToolVerdict> results = new ArrayList<>();
                for (Tool tool : tools) {
                    ToolVerdict result = ToolVerdicts.of(variant, tool, own, calibration.why(variant, tool, controls),
                            calibration.whyNot(variant, tool));
                    results.add(result);
                    if (result.status() == ToolStatus.INCONCLUSIVE) {
                        variantFindings.add(new Finding(FindingKind.INCONCLUSIVE,
                                policy == RacePolicy.STRICT ? FAILURE : WARNING,
                                FindingSubject.variant(pattern.id(), variant.id()), tool, null,
                                "never forbidden, but inconclusive here: " + result.calibration()));
                    }
                }
                findings.addAll(variantFindings);
                verdicts.add(new VariantVerdict(pattern, variant, status(variant, own, results, variantFindings),
                        results, own, variantFindings));
            }
        }
        List<Experiment> unowned = experiments.stream().filter(e -> !owned(catalog, e)).toList();
        for (Experiment e : unowned) {
            findings.addAll(gradeUnowned(e));
        }
        if (experiments.isEmpty()) {
            findings.add(new Finding(FindingKind.EMPTY_RUN, FAILURE, FindingSubject.run(), null, null,
                    "no evidence at all: an empty run never passes"));
        }
        return new GateVerdict(policy, selection, tools, verdicts, mutants, unowned, findings);
    }

    /** The tools the catalog declares or the evidence comes from, in the tools' own order. */
    private static List<Tool> toolsUsed(Catalog catalog, List<Experiment> experiments) {
        Set<Tool> used = new LinkedHashSet<>();
        catalog.patterns().forEach(p -> p.variants().forEach(v -> used.addAll(v.tools())));
        experiments.forEach(e -> used.add(e.tool()));
        return Stream.of(Tool.values()).filter(used::contains).toList();
    }

    private static boolean owned(Catalog catalog, Experiment e) {
        return catalog.variant(Objects.toString(e.pattern(), ""), Objects.toString(e.variant(), ""))
                .filter(v -> !e.ofMutant() || v.mutant(e.mutant()).isPresent())
                .isPresent();
    }

    private static List<Finding> gradeVariant(Pattern pattern, Variant variant, List<Experiment> own, RacePolicy policy) {
        FindingSubject subject = FindingSubject.variant(pattern.id(), variant.id());
        List<Finding> findings = new ArrayList<>(missingEvidence(subject, variant, own));
        for (Experiment e : own) {
            findings.addAll(runErrors(subject, e));
            // an impossible outcome fails a racy variant too; a counterexample is its race
            findings.addAll(variant.kind() == VariantKind.CORRECT ? violations(subject, e) : forbiddenOutcomes(subject, e));
            if (variant.kind() == VariantKind.RACY && e.status() == RunStatus.OK && !e.demonstratesRace()) {
                boolean fails = policy == RacePolicy.STRICT
                        || (policy == RacePolicy.DETERMINISTIC && e.tool().deterministic());
                findings.add(finding(FindingKind.RACE_NOT_REPRODUCED, fails ? FAILURE : WARNING, subject, e,
                        "race not reproduced in " + Formats.count(e.totalCount()) + " samples" + (e.tool().deterministic()
                                ? " (a deterministic tool: it will miss it every time)" : "")));
            }
        }
        if (variant.kind() == VariantKind.RACY && !own.isEmpty() && own.stream().noneMatch(Experiment::demonstratesRace)) {
            findings.add(new Finding(FindingKind.RACE_NOT_DEMONSTRATED, policy == RacePolicy.WARN ? WARNING : FAILURE,
                    subject, null, null, "racy variant, but no experiment demonstrated its race"));
        }
        return findings;
    }

    /**
     * Every experiment the catalog declares for the variant must be there, and nothing else: a
     * skipped experiment fails even when the same tool produced other evidence.
     */
    static List<Finding> missingEvidence(FindingSubject subject, Variant variant, List<Experiment> evidence) {
        List<Finding> findings = new ArrayList<>();
        for (ExperimentRef declared : variant.experiments()) {
            if (evidence.stream().noneMatch(e -> e.tool() == declared.tool() && e.testId().equals(declared.testId()))) {
                findings.add(new Finding(FindingKind.MISSING_EVIDENCE, FAILURE, subject, declared.tool(),
                        declared.testId(),
                        "no evidence from this declared experiment (was it skipped, or did its filter match nothing?)"));
            }
        }
        for (Experiment e : evidence) {
            if (!variant.experiments().contains(new ExperimentRef(e.tool(), e.testId()))) {
                findings.add(finding(FindingKind.UNDECLARED_EVIDENCE, FAILURE, subject, e,
                        "evidence from an experiment the catalog does not declare for this variant"));
            }
        }
        if (variant.experiments().isEmpty() && evidence.isEmpty()) {
            findings.add(new Finding(FindingKind.MISSING_EVIDENCE, FAILURE, subject, null, null,
                    "no evidence for this variant"));
        }
        return findings;
    }

    /** An experiment that did not run to completion: an error, never a race and never a pass. */
    static List<Finding> runErrors(FindingSubject subject, Experiment e) {
        if (e.status() != RunStatus.OK) {
            String why = e.messages().isEmpty() ? "" : ": " + e.messages().get(0);
            return List.of(finding(FindingKind.RUN_ERROR, FAILURE, subject, e, "experiment ended in " + e.status() + why));
        }
        if (e.totalCount() == 0) {
            return List.of(finding(FindingKind.NO_SAMPLES, FAILURE, subject, e, "experiment produced no samples"));
        }
        return List.of();
    }

    /** What fails a correct variant, or kills a mutant in its place: a forbidden outcome, a counterexample. */
    static List<Finding> violations(FindingSubject subject, Experiment e) {
        List<Finding> findings = new ArrayList<>(forbiddenOutcomes(subject, e));
        if (findings.isEmpty() && e.counterexample() != null) {
            findings.add(finding(FindingKind.COUNTEREXAMPLE, FAILURE, subject, e,
                    "counterexample found: " + e.counterexample().summary()));
        }
        return findings;
    }

    private static List<Finding> forbiddenOutcomes(FindingSubject subject, Experiment e) {
        return e.outcomes().stream()
                .filter(o -> o.expectation() == Expectation.FORBIDDEN && o.observed())
                .map(o -> finding(FindingKind.FORBIDDEN_OUTCOME, FAILURE, subject, e, "forbidden outcome '" + o.id()
                        + "' (" + o.description() + ") observed " + Formats.count(o.count()) + " of "
                        + Formats.count(e.totalCount()) + " times"))
                .toList();
    }

    private static List<Finding> gradeUnowned(Experiment e) {
        if (e.ofMutant()) {
            return List.of(finding(FindingKind.UNKNOWN_SUBJECT, FAILURE,
                    FindingSubject.mutant(e.pattern(), e.variant(), e.mutant()), e,
                    "evidence for a mutant the catalog does not declare"));
        }
        if (e.pattern() != null || e.variant() != null) {
            return List.of(finding(FindingKind.UNKNOWN_SUBJECT, FAILURE, FindingSubject.variant(e.pattern(), e.variant()),
                    e, "evidence for a variant the catalog does not declare"));
        }
        FindingSubject subject = FindingSubject.test(e.testId());
        List<Finding> findings = new ArrayList<>(runErrors(subject, e));
        findings.addAll(forbiddenOutcomes(subject, e));
        return findings;
    }

    static Finding finding(FindingKind kind, Severity severity, FindingSubject subject, Experiment e, String message) {
        return new Finding(kind, severity, subject, e.tool(), e.testId(), message);
    }

    private static VariantStatus status(Variant variant, List<Experiment> own, List<ToolVerdict> tools,
                                        List<Finding> findings) {
        if (findings.stream().anyMatch(Finding::failure)) {
            return VariantStatus.FAILED;
        }
        if (variant.kind() == VariantKind.CORRECT) {
            return tools.stream().anyMatch(t -> t.status() == ToolStatus.NEVER_FORBIDDEN)
                    ? VariantStatus.NEVER_FORBIDDEN : VariantStatus.INCONCLUSIVE;
        }
        return own.stream().anyMatch(Experiment::demonstratesRace)
                ? VariantStatus.RACE_DEMONSTRATED : VariantStatus.NOT_REPRODUCED;
    }
}
