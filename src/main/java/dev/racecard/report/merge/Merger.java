package dev.racecard.report.merge;

import dev.racecard.catalog.VariantKind;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.Gate;
import dev.racecard.report.gate.Severity;
import dev.racecard.report.gate.VariantStatus;
import dev.racecard.report.merge.MergedDocument.LabelledFinding;
import dev.racecard.report.merge.MergedDocument.MergedPattern;
import dev.racecard.report.merge.MergedDocument.MergedVariant;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.render.RacecardDocument;
import dev.racecard.report.render.RacecardDocument.PatternEntry;
import dev.racecard.report.render.RacecardDocument.VariantEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Merges runs of the same catalog from different environments. Pure: the combined verdict of a
 * variant is FAILED if any run failed it (each run's gate already applied its race policy); else,
 * for a racy variant, RACE_DEMONSTRATED if any run demonstrated the race; else what all runs say.
 */
public final class Merger {

    private Merger() {
    }

    public static MergedDocument merge(List<MergeInput> inputs, Instant generatedAt) {
        List<LabelledFinding> failures = new ArrayList<>();
        List<LabelledFinding> warnings = new ArrayList<>();
        List<MergedDocument.Environment> environments = new ArrayList<>();
        // pattern id -> variant id -> label -> entry, in order of first appearance
        Map<String, PatternEntry> patterns = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, VariantEntry>>> variants = new LinkedHashMap<>();
        Map<String, List<Experiment>> others = new LinkedHashMap<>();
        for (MergeInput in : inputs) {
            RacecardDocument doc = in.document();
            environments.add(new MergedDocument.Environment(in.label(), in.source(), doc.generatedAt(),
                    doc.gate().policy(), doc.gate().passed(), machines(doc)));
            for (PatternEntry p : doc.patterns()) {
                patterns.putIfAbsent(p.id(), p);
                for (VariantEntry v : p.variants()) {
                    variants.computeIfAbsent(p.id(), id -> new LinkedHashMap<>())
                            .computeIfAbsent(v.id(), id -> new LinkedHashMap<>()).put(in.label(), v);
                }
            }
            others.put(in.label(), doc.otherTests());
        }
        List<String> labels = environments.stream().map(MergedDocument.Environment::label).toList();
        List<MergedPattern> merged = new ArrayList<>();
        for (PatternEntry p : patterns.values()) {
            List<MergedVariant> mv = new ArrayList<>();
            variants.get(p.id()).forEach((id, byLabel) -> {
                MergedVariant v = variant(p.id(), byLabel, labels);
                mv.add(v);
                v.findings().forEach(f -> (f.finding().severity() == Severity.FAILURE ? failures : warnings).add(f));
            });
            merged.add(new MergedPattern(p.id(), p.title(), p.claim(), p.seeds(), mv));
        }
        // then, as a single run lists them, the findings about tests no variant claims and about each run
        for (MergeInput in : inputs) {
            for (Finding f : runFindings(in.document())) {
                (f.severity() == Severity.FAILURE ? failures : warnings).add(new LabelledFinding(in.label(), f));
            }
        }
        return new MergedDocument(MergedDocument.SCHEMA_VERSION, MergedDocument.KIND, generatedAt.toString(),
                environments, new MergedDocument.Gate(failures.isEmpty(), failures, warnings), merged,
                ExperimentAlignment.align(others));
    }

    private static MergedVariant variant(String pattern, Map<String, VariantEntry> byLabel, List<String> labels) {
        VariantEntry first = byLabel.values().iterator().next();
        String subject = pattern + "/" + first.id();
        List<LabelledFinding> findings = new ArrayList<>();
        Map<String, VariantStatus> statuses = new LinkedHashMap<>();
        Map<String, List<Experiment>> experiments = new LinkedHashMap<>();
        List<String> demonstratedIn = new ArrayList<>();
        boolean kindsDiffer = false;
        for (Map.Entry<String, VariantEntry> e : byLabel.entrySet()) {
            VariantEntry v = e.getValue();
            statuses.put(e.getKey(), v.status());
            experiments.put(e.getKey(), v.experiments());
            kindsDiffer |= v.kind() != first.kind();
            if (first.kind() == VariantKind.RACY && v.experiments().stream().anyMatch(Experiment::demonstratesRace)) {
                demonstratedIn.add(e.getKey());
            }
        }
        for (Map.Entry<String, VariantEntry> e : byLabel.entrySet()) {
            for (Finding f : e.getValue().findings()) {
                findings.add(new LabelledFinding(e.getKey(), demonstratedIn.isEmpty() ? f : excused(f, demonstratedIn)));
            }
        }
        if (kindsDiffer) {
            findings.add(new LabelledFinding(null, new Finding(Severity.FAILURE, subject, null, null,
                    "the reports disagree on whether this variant is racy or correct: " + kinds(byLabel))));
        }
        for (String label : labels) {
            if (!byLabel.containsKey(label)) {
                findings.add(new LabelledFinding(null, new Finding(Severity.WARNING, subject, null, null,
                        "not in the report of " + label)));
            }
        }
        boolean failed = findings.stream().anyMatch(f -> f.finding().severity() == Severity.FAILURE);
        return new MergedVariant(first.id(), first.kind(), first.implementation(), first.summary(),
                combined(first.kind(), failed, demonstratedIn), statuses, demonstratedIn, findings,
                ExperimentAlignment.align(experiments));
    }

    /** Failed anywhere is failed; a race demonstrated anywhere is demonstrated. */
    static VariantStatus combined(VariantKind kind, boolean failed, List<String> demonstratedIn) {
        if (failed) {
            return VariantStatus.FAILED;
        }
        if (kind == VariantKind.CORRECT) {
            return VariantStatus.NEVER_FORBIDDEN;
        }
        return demonstratedIn.isEmpty() ? VariantStatus.NOT_REPRODUCED : VariantStatus.RACE_DEMONSTRATED;
    }

    /**
     * A run's "no experiment demonstrated its race" is answered by another run that did: it becomes
     * a warning. A single tool's miss keeps the severity its run's policy gave it (a Lincheck miss
     * still fails: model checking misses every time on that JDK), as within a single run.
     */
    private static Finding excused(Finding f, List<String> demonstratedIn) {
        if (f.severity() != Severity.FAILURE || f.tool() != null || !Gate.NOT_DEMONSTRATED.equals(f.message())) {
            return f;
        }
        return new Finding(Severity.WARNING, f.subject(), null, null,
                f.message() + " in this environment; it showed in " + String.join("; ", demonstratedIn));
    }

    /** A run's findings that belong to no variant: tests no variant claims, and the run as a whole. */
    private static List<Finding> runFindings(RacecardDocument doc) {
        List<Finding> rest = new ArrayList<>(doc.gate().failures());
        rest.addAll(doc.gate().warnings());
        doc.patterns().forEach(p -> p.variants().forEach(v -> v.findings().forEach(rest::remove)));
        return rest;
    }

    private static String kinds(Map<String, VariantEntry> byLabel) {
        List<String> parts = new ArrayList<>();
        byLabel.forEach((label, v) -> parts.add(v.kind().name().toLowerCase(Locale.ROOT) + " in " + label));
        return String.join(", ", parts);
    }

    private static List<Map<String, String>> machines(RacecardDocument doc) {
        List<Map<String, String>> distinct = new ArrayList<>();
        Stream.concat(doc.patterns().stream().flatMap(p -> p.variants().stream()).flatMap(v -> v.experiments().stream()),
                        doc.otherTests().stream())
                .map(Experiment::environment).filter(env -> !env.isEmpty() && !distinct.contains(env))
                .forEach(distinct::add);
        return distinct;
    }
}
