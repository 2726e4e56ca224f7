package dev.racecard.report.render;

import dev.racecard.catalog.VariantKind;
import dev.racecard.report.document.RacecardDocument;
import dev.racecard.report.document.RacecardDocument.MutantEntry;
import dev.racecard.report.document.RacecardDocument.MutantRun;
import dev.racecard.report.document.RacecardDocument.PatternEntry;
import dev.racecard.report.document.RacecardDocument.TestEntry;
import dev.racecard.report.document.RacecardDocument.VariantEntry;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.FindingSubject;
import dev.racecard.report.gate.MutantStatus;
import dev.racecard.report.gate.VariantStatus;
import dev.racecard.evidence.Experiment;
import dev.racecard.report.stats.Formats;
import dev.racecard.evidence.Outcome;
import dev.racecard.report.render.JunitXml.Case;
import dev.racecard.report.render.JunitXml.Problem;
import dev.racecard.report.render.JunitXml.Suite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps a document onto JUnit test cases: one suite per pattern, one case per variant claim, named
 * by the claim (not the verdict) so a CI's test history follows the same case from run to run;
 * one case per positive control that ran; one case per test no variant claims; and a
 * "racecard/gate" case for findings about a run as a whole. Findings are placed by their subject.
 */
public final class JunitCases {

    private JunitCases() {
    }

    public static List<Suite> of(RacecardDocument doc) {
        List<Finding> all = doc.gate().findings();
        List<Suite> suites = new ArrayList<>();
        for (PatternEntry p : doc.patterns()) {
            List<Case> cases = new ArrayList<>();
            for (VariantEntry v : p.variants()) {
                List<Experiment> evidence = v.runs().stream().flatMap(r -> r.experiments().stream()).toList();
                cases.add(judged(p.id(), claim(v.id(), v.kind()), seconds(evidence),
                        about(all, FindingSubject.variant(p.id(), v.id())), v.status() == VariantStatus.FAILED,
                        v.status() == VariantStatus.NOT_REPRODUCED ? "race not reproduced"
                                : v.status() == VariantStatus.INCONCLUSIVE ? "inconclusive here" : null,
                        details(evidence)));
                for (MutantEntry m : v.mutants()) {
                    if (MutantViews.combined(m.runs()) != MutantStatus.NOT_RUN) {
                        cases.add(mutantCase(p.id(), v.id(), m, about(all, FindingSubject.mutant(p.id(), v.id(), m.id()))));
                    }
                }
            }
            suites.add(new Suite(p.id(), cases));
        }
        List<Case> others = new ArrayList<>();
        Map<FindingSubject, List<Finding>> bySubject = TestViews.bySubject(all);
        for (TestEntry t : doc.otherTests()) {
            List<Finding> own = TestViews.own(t, bySubject);
            List<Experiment> evidence = t.runs().stream().map(RacecardDocument.TestRun::experiment).toList();
            others.add(judged(t.testId(), t.tool().id() + " run: no forbidden outcome", seconds(evidence), own,
                    own.stream().anyMatch(Finding::failure), null, details(evidence)));
        }
        Set<FindingSubject.Type> placed = Set.of(FindingSubject.Type.VARIANT, FindingSubject.Type.MUTANT,
                FindingSubject.Type.TEST);
        List<Finding> rest = all.stream().filter(f -> !placed.contains(f.subject().type())).toList();
        if (!rest.isEmpty()) {
            others.add(judged("racecard", "gate", 0, rest, rest.stream().anyMatch(Finding::failure), null, ""));
        }
        if (!others.isEmpty()) {
            suites.add(new Suite("other tests", others));
        }
        return suites;
    }

    private static List<Finding> about(List<Finding> all, FindingSubject subject) {
        return all.stream().filter(f -> f.subject().equals(subject)).toList();
    }

    /** The case's name states what the variant claims, e.g. "plain is racy: race demonstrated". */
    public static String claim(String variant, VariantKind kind) {
        return variant + (kind == VariantKind.RACY ? " is racy: race demonstrated" : " is correct: never forbidden");
    }

    /**
     * A positive control, named by what it claims: "synchronized catches fresh-lock". Killed, it
     * passes with what killed it in system-out; a survivor or an error fails or warns as the gate
     * did; a declared blind spot is skipped with its reason.
     */
    private static Case mutantCase(String pattern, String variant, MutantEntry m, List<Finding> own) {
        List<Experiment> evidence = m.runs().stream().flatMap(r -> r.experiments().stream()).toList();
        List<Finding> kills = m.runs().stream().flatMap(r -> r.violations().stream()).toList();
        String skippedBecause = switch (MutantViews.combined(m.runs())) {
            case BLIND_SPOT -> "blind spot: " + m.blindSpot();
            case SURVIVED -> "survived";
            default -> null;
        };
        return judged(pattern, variant + " catches " + m.id() + ": " + m.mistake(), seconds(evidence), own,
                own.stream().anyMatch(Finding::failure), skippedBecause, lines(kills) + details(evidence));
    }

    /**
     * A NOT_REPRODUCED racy variant becomes {@code <skipped>}: the gate let it pass, so it must not
     * fail the CI job, but Jenkins, GitLab and GitHub reporters all count and flag skipped tests in
     * their summaries, while a passed test's system-out is only seen by whoever opens that test.
     * The warnings and the evidence go to system-out, which all three show on the test's page.
     * A failure's message ends with the command that reproduces it.
     */
    static Case judged(String classname, String name, double seconds, List<Finding> findings, boolean failed,
                       String skippedBecause, String details) {
        String lines = lines(findings);
        String text = lines.isEmpty() ? details : lines + "\n" + details;
        if (failed) {
            Finding first = findings.stream().filter(Finding::failure).findFirst().orElse(null);
            String message = first == null ? "failed" : withReproduce(first);
            return new Case(classname, name, seconds, new Problem(message, text), null, null);
        }
        if (skippedBecause != null) {
            String first = findings.stream().map(JunitCases::withReproduce).findFirst().orElse(skippedBecause);
            return new Case(classname, name, seconds, null, new Problem(first, null), text);
        }
        return new Case(classname, name, seconds, null, null, text.isEmpty() ? null : text);
    }

    static String withReproduce(Finding f) {
        return f.line() + (f.reproduce() == null ? "" : " — reproduce: " + f.reproduce());
    }

    private static String lines(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        findings.forEach(f -> out.append(f.failure() ? "FAILED: " : "warning: ").append(withReproduce(f)).append('\n'));
        return out.toString();
    }

    public static double seconds(Collection<Experiment> experiments) {
        return experiments.stream().mapToLong(Experiment::durationMillis).filter(d -> d > 0).sum() / 1000.0;
    }

    public static String details(List<Experiment> experiments) {
        return experiments.stream().map(JunitCases::experimentText).collect(Collectors.joining());
    }

    /** One experiment as plain text: what ran, every outcome with its count, any counterexample. */
    public static String experimentText(Experiment e) {
        StringBuilder out = new StringBuilder();
        out.append(e.tool().id()).append(' ').append(e.testId()).append(": ").append(e.status()).append(", ")
                .append(Formats.count(e.totalCount())).append(" samples, ")
                .append(Formats.duration(e.durationMillis())).append('\n');
        for (Outcome o : e.outcomes()) {
            // "  %14s  %-11s  %s: %s", padded by hand: a Formatter per outcome is most of the file's time
            String count = Formats.count(o.count());
            String expectation = o.expectation().name();
            out.append("  ").append(" ".repeat(Math.max(0, 14 - count.length()))).append(count).append("  ")
                    .append(expectation).append(" ".repeat(Math.max(0, 11 - expectation.length()))).append("  ")
                    .append(o.id()).append(": ").append(o.description()).append('\n');
        }
        if (e.counterexample() != null) {
            out.append("  counterexample: ").append(e.counterexample().summary()).append('\n')
                    .append(Objects.toString(e.counterexample().trace(), "")).append('\n');
        }
        e.messages().forEach(m -> out.append("  message: ").append(m).append('\n'));
        return out.toString();
    }
}
