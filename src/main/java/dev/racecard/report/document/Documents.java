package dev.racecard.report.document;

import dev.racecard.report.document.RacecardDocument.Environment;
import dev.racecard.report.document.RacecardDocument.GateSummary;
import dev.racecard.report.document.RacecardDocument.MutantEntry;
import dev.racecard.report.document.RacecardDocument.MutantRun;
import dev.racecard.report.document.RacecardDocument.PatternEntry;
import dev.racecard.report.document.RacecardDocument.TestEntry;
import dev.racecard.report.document.RacecardDocument.TestRun;
import dev.racecard.report.document.RacecardDocument.VariantEntry;
import dev.racecard.report.document.RacecardDocument.VariantRun;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.FindingSubject;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.MutantVerdict;
import dev.racecard.report.gate.VariantVerdict;
import dev.racecard.evidence.Experiment;
import dev.racecard.reproduce.Reproduce;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** A single run's gate verdict as a document with one environment. Pure. */
public final class Documents {

    /** The label of a run's own environment before a merge names it. */
    public static final String THIS_RUN = "this run";

    private Documents() {
    }

    public static RacecardDocument of(GateVerdict verdict, Instant generatedAt) {
        List<Experiment> all = Stream.concat(
                Stream.concat(verdict.variants().stream().flatMap(v -> v.experiments().stream()),
                        verdict.mutants().stream().flatMap(m -> m.experiments().stream())),
                verdict.unowned().stream()).toList();
        Map<String, String> machine = machine(all);
        String label = EnvironmentLabels.machine(machine).orElse(THIS_RUN);
        Environment env = new Environment(label, THIS_RUN, generatedAt.toString(), verdict.policy(),
                verdict.selection(), verdict.passed(), machine);
        Map<String, PatternEntry> patterns = new LinkedHashMap<>();
        for (VariantVerdict v : verdict.variants()) {
            PatternEntry p = patterns.computeIfAbsent(v.pattern().id(), id -> new PatternEntry(id, v.pattern().title(),
                    v.pattern().claim(), v.pattern().seeds(), new ArrayList<>()));
            List<MutantEntry> mutants = verdict.mutants().stream().filter(m -> m.variant() == v.variant())
                    .map(m -> mutant(m, label)).toList();
            p.variants().add(new VariantEntry(v.variant().id(), v.variant().kind(), v.variant().implementation(),
                    v.variant().summary(), v.variant().criticalCode(), v.status(),
                    List.of(new VariantRun(label, v.status(), v.tools(), v.experiments())), mutants));
        }
        List<TestEntry> others = verdict.unowned().stream()
                .map(e -> new TestEntry(e.tool(), e.testId(), List.of(new TestRun(label, e)))).toList();
        List<Finding> findings = verdict.findings().stream().map(f -> placed(f, all)).toList();
        return new RacecardDocument(RacecardDocument.SCHEMA_VERSION, generatedAt.toString(), List.of(env),
                new GateSummary(verdict.passed(), findings), verdict.tools(), List.copyOf(patterns.values()), others);
    }

    private static MutantEntry mutant(MutantVerdict m, String label) {
        return new MutantEntry(m.mutant().id(), m.mutant().implementation(), m.mutant().mistake(),
                m.mutant().tools().stream().sorted(Comparator.naturalOrder()).toList(), m.mutant().blindSpot(),
                m.mutant().thoroughOnly(), List.of(new MutantRun(label, m.status(), m.tools(),
                m.findings().stream().map(f -> placed(f, m.experiments())).toList(), m.experiments())));
    }

    /**
     * Gives a finding the command that re-runs its experiment: the one it names, or, for a
     * finding about one tool on its subject (e.g. inconclusive), that tool's only experiment there.
     * A finding about several experiments gets none. Its environment stays unnamed: a document
     * of one environment needs no label on every line (a merge adds it).
     */
    static Finding placed(Finding f, List<Experiment> evidence) {
        if (f.tool() == null) {
            return f;
        }
        FindingSubject s = f.subject();
        List<Experiment> behind = evidence.stream()
                .filter(e -> e.tool() == f.tool() && (f.testId() == null || e.testId().equals(f.testId()))
                        && Objects.equals(e.pattern(), s.pattern()) && Objects.equals(e.variant(), s.variant())
                        && Objects.equals(e.mutant(), s.mutant()))
                .toList();
        if (f.testId() != null) {
            Map<String, String> settings = behind.isEmpty() ? Map.of() : Reproduce.settings(behind.get(0));
            return f.withReproduce(Reproduce.command(f.tool(), f.testId(), s.pattern(), s.variant(), s.mutant(),
                    settings));
        }
        return behind.size() == 1 ? f.withReproduce(Reproduce.command(behind.get(0))) : f;
    }

    /**
     * The machine the run's experiments ran on: for each fact, the value most of them report
     * (tools report different subsets: jcstress's results do not say the CPU count).
     */
    static Map<String, String> machine(List<Experiment> all) {
        Map<String, Map<String, Long>> votes = new LinkedHashMap<>();
        for (Experiment e : all) {
            e.environment().forEach((key, value) -> votes.computeIfAbsent(key, k -> new HashMap<>())
                    .merge(value, 1L, Long::sum));
        }
        Map<String, String> machine = new LinkedHashMap<>();
        votes.forEach((key, counts) -> machine.put(key, counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElseThrow()));
        return machine;
    }
}
