package dev.racecard.report.merge;

import dev.racecard.report.document.RacecardDocument;
import dev.racecard.report.document.RacecardDocument.Environment;
import dev.racecard.report.document.RacecardDocument.MutantRun;
import dev.racecard.report.document.RacecardDocument.TestEntry;
import dev.racecard.report.document.RacecardDocument.TestRun;
import dev.racecard.report.document.RacecardDocument.VariantEntry;
import dev.racecard.report.document.RacecardDocument.VariantRun;
import dev.racecard.report.document.Documents;
import dev.racecard.report.gate.Finding;

import java.util.Map;
import java.util.function.UnaryOperator;

/** Renames a document's environments everywhere they are named, and says where each was read from. Pure. */
final class Relabel {

    private Relabel() {
    }

    /**
     * A document of one environment leaves its findings unlabelled; once it sits beside others,
     * each of them is labelled with that environment.
     */
    static RacecardDocument of(RacecardDocument doc, Map<String, String> labels, String source) {
        String only = doc.environments().size() == 1 ? doc.environments().get(0).label() : null;
        UnaryOperator<String> to = label -> label == null ? (only == null ? null : labels.getOrDefault(only, only))
                : labels.getOrDefault(label, label);
        return new RacecardDocument(doc.schemaVersion(), doc.generatedAt(),
                doc.environments().stream().map(e -> new Environment(to.apply(e.label()),
                        Documents.THIS_RUN.equals(e.source()) ? source : e.source(), e.generatedAt(), e.policy(),
                        e.mutants(), e.passed(), e.machine())).toList(),
                new RacecardDocument.GateSummary(doc.gate().passed(),
                        doc.gate().findings().stream().map(f -> finding(f, to)).toList()),
                doc.tools(),
                doc.patterns().stream().map(p -> p.withVariants(p.variants().stream().map(v -> variant(v, to)).toList()))
                        .toList(),
                doc.otherTests().stream().map(t -> new TestEntry(t.tool(), t.testId(), t.runs().stream()
                        .map(r -> new TestRun(to.apply(r.environment()), r.experiment())).toList())).toList());
    }

    private static VariantEntry variant(VariantEntry v, UnaryOperator<String> to) {
        return new VariantEntry(v.id(), v.kind(), v.implementation(), v.summary(), v.criticalCode(), v.status(),
                v.runs().stream().map(r -> new VariantRun(to.apply(r.environment()), r.status(), r.tools(),
                        r.experiments())).toList(),
                v.mutants().stream().map(m -> m.withRuns(m.runs().stream().map(r -> new MutantRun(
                        to.apply(r.environment()), r.status(), r.kills(),
                        r.violations().stream().map(f -> finding(f, to)).toList(), r.experiments())).toList())).toList());
    }

    private static Finding finding(Finding f, UnaryOperator<String> to) {
        String label = to.apply(f.environment());
        return label == null ? f : f.inEnvironment(label);
    }
}
