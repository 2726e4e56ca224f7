package dev.racecard.report.gate;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.model.Expectation;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.model.Outcome;
import dev.racecard.report.model.RunStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static dev.racecard.report.gate.Severity.FAILURE;
import static dev.racecard.report.gate.Severity.WARNING;

/**
 * Grades a run's evidence against the catalog (DESIGN.md, "Gate semantics"). A pure function:
 * same catalog, evidence and policy, same verdict.
 */
public final class Gate {

    /** The variant-level finding of a racy variant no experiment demonstrated; a merge looks for it. */
    public static final String NOT_DEMONSTRATED = "racy variant, but no experiment demonstrated its race";

    private static final Comparator<Experiment> BY_TOOL_THEN_TEST =
            Comparator.comparing(Experiment::tool).thenComparing(Experiment::testId);

    private Gate() {
    }

    /** @param experiments every experiment of the run, bound to catalog variants where owned */
    public static GateVerdict evaluate(Catalog catalog, List<Experiment> experiments, RacePolicy policy) {
        List<Finding> findings = new ArrayList<>();
        List<VariantVerdict> verdicts = new ArrayList<>();
        for (Pattern pattern : catalog.patterns()) {
            for (Variant variant : pattern.variants()) {
                List<Experiment> own = experiments.stream()
                        .filter(e -> pattern.id().equals(e.pattern()) && variant.id().equals(e.variant()))
                        .sorted(BY_TOOL_THEN_TEST)
                        .toList();
                List<Finding> variantFindings = gradeVariant(pattern, variant, own, policy);
                findings.addAll(variantFindings);
                verdicts.add(new VariantVerdict(pattern, variant, status(variant, own, variantFindings), own,
                        variantFindings));
            }
        }
        List<Experiment> unowned = experiments.stream()
                .filter(e -> catalog.variant(Objects.toString(e.pattern(), ""), Objects.toString(e.variant(), "")).isEmpty())
                .toList();
        for (Experiment e : unowned) {
            findings.addAll(gradeUnowned(e));
        }
        if (experiments.isEmpty()) {
            findings.add(new Finding(FAILURE, "run", null, null, "no evidence at all: an empty run never passes"));
        }
        return new GateVerdict(policy, verdicts, unowned, findings);
    }

    private static List<Finding> gradeVariant(Pattern pattern, Variant variant, List<Experiment> own, RacePolicy policy) {
        String subject = pattern.id() + "/" + variant.id();
        List<Finding> findings = new ArrayList<>();
        Set<String> missing = new TreeSet<>();
        for (Tool tool : variant.tools()) {
            if (own.stream().noneMatch(e -> e.tool() == tool)) {
                missing.add(tool.id());
            }
        }
        for (String tool : missing) {
            findings.add(new Finding(FAILURE, subject, tool, null, "no " + tool + " evidence for this variant"));
        }
        for (String test : variant.jcstressTests()) {
            if (own.stream().noneMatch(e -> e.tool() == Tool.JCSTRESS && e.testId().equals(test))) {
                findings.add(new Finding(FAILURE, subject, Tool.JCSTRESS.id(), test,
                        "no results for this jcstress test (did jcstress match it?)"));
            }
        }
        if (own.isEmpty() && variant.tools().isEmpty()) {
            findings.add(new Finding(FAILURE, subject, null, null, "no evidence for this variant"));
        }
        for (Experiment e : own) {
            findings.addAll(gradeRun(subject, e));
            if (variant.kind() == VariantKind.RACY && e.status() == RunStatus.OK && !e.demonstratesRace()) {
                boolean fails = policy == RacePolicy.STRICT
                        || (policy == RacePolicy.DETERMINISTIC && e.tool().deterministic());
                findings.add(finding(fails ? FAILURE : WARNING, subject, e, "race not reproduced in "
                        + String.format("%,d", e.totalCount()) + " samples" + (e.tool().deterministic()
                        ? " (a deterministic tool: it will miss it every time)" : "")));
            }
            if (variant.kind() == VariantKind.CORRECT && e.counterexample() != null
                    && e.observed(Expectation.FORBIDDEN) == 0) {
                findings.add(finding(FAILURE, subject, e, "counterexample found: " + e.counterexample().summary()));
            }
        }
        if (variant.kind() == VariantKind.RACY && !own.isEmpty() && own.stream().noneMatch(Experiment::demonstratesRace)) {
            findings.add(new Finding(policy == RacePolicy.WARN ? WARNING : FAILURE, subject, null, null,
                    NOT_DEMONSTRATED));
        }
        return findings;
    }

    /** Failures that apply to every experiment, owned or not, racy or correct. */
    private static List<Finding> gradeRun(String subject, Experiment e) {
        List<Finding> findings = new ArrayList<>();
        if (e.status() != RunStatus.OK) {
            String why = e.messages().isEmpty() ? "" : ": " + e.messages().get(0);
            findings.add(finding(FAILURE, subject, e, "experiment ended in " + e.status() + why));
        } else if (e.totalCount() == 0) {
            findings.add(finding(FAILURE, subject, e, "experiment produced no samples"));
        }
        for (Outcome o : e.outcomes()) {
            if (o.expectation() == Expectation.FORBIDDEN && o.observed()) {
                findings.add(finding(FAILURE, subject, e, "forbidden outcome '" + o.id() + "' ("
                        + o.description() + ") observed " + String.format("%,d", o.count()) + " of "
                        + String.format("%,d", e.totalCount()) + " times"));
            }
        }
        return findings;
    }

    private static List<Finding> gradeUnowned(Experiment e) {
        if (e.pattern() != null || e.variant() != null) {
            String subject = e.pattern() + "/" + e.variant();
            return List.of(finding(FAILURE, subject, e, "evidence for a variant the catalog does not declare"));
        }
        return gradeRun(e.testId(), e);
    }

    private static Finding finding(Severity severity, String subject, Experiment e, String message) {
        return new Finding(severity, subject, e.tool().id(), e.testId(), message);
    }

    private static VariantStatus status(Variant variant, List<Experiment> own, List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == FAILURE)) {
            return VariantStatus.FAILED;
        }
        if (variant.kind() == VariantKind.CORRECT) {
            return VariantStatus.NEVER_FORBIDDEN;
        }
        return own.stream().anyMatch(Experiment::demonstratesRace)
                ? VariantStatus.RACE_DEMONSTRATED : VariantStatus.NOT_REPRODUCED;
    }
}
