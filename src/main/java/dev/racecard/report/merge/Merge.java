package dev.racecard.report.merge;

import dev.racecard.catalog.Tool;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.document.RacecardDocument;
import dev.racecard.report.document.RacecardDocument.Environment;
import dev.racecard.report.document.RacecardDocument.GateSummary;
import dev.racecard.report.document.RacecardDocument.MutantEntry;
import dev.racecard.report.document.RacecardDocument.MutantRun;
import dev.racecard.report.document.RacecardDocument.PatternEntry;
import dev.racecard.report.document.RacecardDocument.TestEntry;
import dev.racecard.report.document.RacecardDocument.TestRun;
import dev.racecard.report.document.RacecardDocument.VariantEntry;
import dev.racecard.report.document.RacecardDocument.VariantRun;
import dev.racecard.report.document.Verdicts;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.FindingKind;
import dev.racecard.report.gate.FindingSubject;
import dev.racecard.report.gate.Severity;
import dev.racecard.report.gate.VariantStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Documents in, one document out: the environments side by side. Pure. Each environment keeps
 * its own gate's findings (its race policy already applied); the merge adds what only the whole
 * can tell: a race one environment missed is excused (a warning) when another showed it; runs
 * that disagree on a variant's kind fail; a variant missing from an environment warns.
 * The inputs' labels must already be distinct ({@link MergeJob} sees to it).
 */
public final class Merge {

    private Merge() {
    }

    public static RacecardDocument of(List<RacecardDocument> docs, Instant generatedAt) {
        List<Environment> environments = docs.stream().flatMap(d -> d.environments().stream()).toList();
        List<String> labels = environments.stream().map(Environment::label).toList();
        Map<String, PatternEntry> firstPattern = new LinkedHashMap<>();
        // pattern id -> variant id -> the variant's entry in each document that has it
        Map<String, Map<String, List<VariantEntry>>> variants = new LinkedHashMap<>();
        Map<String, List<TestRun>> tests = new LinkedHashMap<>();
        Map<String, TestEntry> firstTest = new LinkedHashMap<>();
        for (RacecardDocument doc : docs) {
            for (PatternEntry p : doc.patterns()) {
                firstPattern.putIfAbsent(p.id(), p);
                p.variants().forEach(v -> variants.computeIfAbsent(p.id(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(v.id(), id -> new ArrayList<>()).add(v));
            }
            for (TestEntry t : doc.otherTests()) {
                String key = t.tool().id() + " " + t.testId();
                firstTest.putIfAbsent(key, t);
                tests.computeIfAbsent(key, k -> new ArrayList<>()).addAll(t.runs());
            }
        }
        List<Finding> findings = new ArrayList<>();
        docs.forEach(d -> findings.addAll(d.gate().findings()));
        List<PatternEntry> patterns = new ArrayList<>();
        for (PatternEntry p : firstPattern.values()) {
            List<VariantEntry> merged = new ArrayList<>();
            variants.get(p.id()).forEach((id, entries) -> merged.add(variant(p.id(), entries, labels, findings)));
            patterns.add(p.withVariants(merged));
        }
        // the combined statuses depend on the findings the merge excused or added
        List<PatternEntry> judged = patterns.stream()
                .map(p -> p.withVariants(p.variants().stream().map(v -> judged(p.id(), v, findings)).toList())).toList();
        List<TestEntry> others = new ArrayList<>();
        firstTest.forEach((key, t) -> others.add(new TestEntry(t.tool(), t.testId(), tests.get(key))));
        List<Tool> tools = docs.stream().flatMap(d -> d.tools().stream()).distinct().sorted().toList();
        return new RacecardDocument(RacecardDocument.SCHEMA_VERSION, generatedAt.toString(), environments,
                new GateSummary(findings.stream().noneMatch(Finding::failure), findings), tools, judged, others);
    }

    private static VariantEntry variant(String pattern, List<VariantEntry> entries, List<String> labels,
                                        List<Finding> findings) {
        VariantEntry first = entries.get(0);
        FindingSubject subject = FindingSubject.variant(pattern, first.id());
        List<VariantRun> runs = entries.stream().flatMap(v -> v.runs().stream()).toList();
        List<String> demonstratedIn = runs.stream().filter(r -> r.status() == VariantStatus.RACE_DEMONSTRATED)
                .map(VariantRun::environment).toList();
        if (first.kind() == VariantKind.RACY && !demonstratedIn.isEmpty()) {
            findings.replaceAll(f -> excused(f, subject, demonstratedIn));
        }
        if (entries.stream().anyMatch(v -> v.kind() != first.kind())) {
            findings.add(new Finding(FindingKind.KINDS_DISAGREE, Severity.FAILURE, subject, null, null,
                    "the reports disagree on whether this variant is racy or correct: " + entries.stream()
                            .map(v -> v.kind().name().toLowerCase(Locale.ROOT) + " in " + v.runs().stream()
                                    .map(VariantRun::environment).collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("; "))));
        }
        for (String label : labels) {
            if (runs.stream().noneMatch(r -> r.environment().equals(label))) {
                findings.add(new Finding(FindingKind.ABSENT_IN_ENVIRONMENT, Severity.WARNING, subject, null, null,
                        "not in the report of " + label));
            }
        }
        Map<String, MutantEntry> mutants = new LinkedHashMap<>();
        Map<String, List<MutantRun>> mutantRuns = new LinkedHashMap<>();
        for (VariantEntry v : entries) {
            for (MutantEntry m : v.mutants()) {
                mutants.putIfAbsent(m.id(), m);
                mutantRuns.computeIfAbsent(m.id(), id -> new ArrayList<>()).addAll(m.runs());
            }
        }
        List<MutantEntry> merged = mutants.values().stream().map(m -> m.withRuns(mutantRuns.get(m.id()))).toList();
        return new VariantEntry(first.id(), first.kind(), first.implementation(), first.summary(), first.criticalCode(),
                first.status(), runs, merged);
    }

    private static VariantEntry judged(String pattern, VariantEntry v, List<Finding> findings) {
        FindingSubject subject = FindingSubject.variant(pattern, v.id());
        boolean failed = findings.stream().anyMatch(f -> f.failure() && f.subject().equals(subject));
        return new VariantEntry(v.id(), v.kind(), v.implementation(), v.summary(), v.criticalCode(),
                Verdicts.combined(v.kind(), v.runs(), failed), v.runs(), v.mutants());
    }

    /**
     * An environment's "no experiment demonstrated its race" is answered by another environment
     * that did: it becomes a warning. A single tool's miss keeps the severity its run's policy gave
     * it (a Lincheck miss still fails: model checking misses every time on that JDK).
     */
    private static Finding excused(Finding f, FindingSubject subject, List<String> demonstratedIn) {
        if (f.kind() != FindingKind.RACE_NOT_DEMONSTRATED || !f.failure() || !f.subject().equals(subject)
                || demonstratedIn.contains(Objects.toString(f.environment(), ""))) {
            return f;
        }
        return f.judged(Severity.WARNING, f.message() + " in this environment; it showed in "
                + String.join("; ", demonstratedIn));
    }
}
