package dev.racecard.report.render;

import dev.racecard.catalog.VariantKind;
import dev.racecard.report.gate.Finding;
import dev.racecard.report.gate.MutantStatus;
import dev.racecard.report.gate.MutantVerdict;
import dev.racecard.report.gate.Severity;
import dev.racecard.report.gate.VariantStatus;
import dev.racecard.report.model.Experiment;
import dev.racecard.report.model.Outcome;
import dev.racecard.report.render.JunitXml.Case;
import dev.racecard.report.render.JunitXml.Problem;
import dev.racecard.report.render.JunitXml.Suite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Maps a run onto JUnit test cases: one suite per pattern, one case per variant claim, named by
 * the claim (not the verdict) so a CI's test history follows the same case from run to run; one
 * case per test no variant claims; and a "racecard/gate" case for findings about the run itself.
 */
public final class JunitCases {

    private JunitCases() {
    }

    public static List<Suite> of(RacecardDocument doc) {
        List<Suite> suites = new ArrayList<>();
        List<Finding> placed = new ArrayList<>();
        List<Finding> all = new ArrayList<>(doc.gate().failures());
        all.addAll(doc.gate().warnings());
        for (RacecardDocument.PatternEntry p : doc.patterns()) {
            List<Case> cases = new ArrayList<>();
            for (RacecardDocument.VariantEntry v : p.variants()) {
                cases.add(variantCase(p.id(), v));
                placed.addAll(v.findings());
                for (RacecardDocument.MutantEntry m : v.mutants() == null ? List.<RacecardDocument.MutantEntry>of() : v.mutants()) {
                    if (m.status() == MutantStatus.NOT_RUN) {
                        continue;
                    }
                    String subject = MutantVerdict.ref(p.id(), v.id(), m.id());
                    List<Finding> own = all.stream().filter(f -> f.subject().equals(subject)).toList();
                    placed.addAll(own);
                    cases.add(mutantCase(p.id(), v.id(), m, own));
                }
            }
            suites.add(new Suite(p.id(), cases));
        }
        List<Finding> rest = new ArrayList<>(all);
        placed.forEach(rest::remove);
        List<Case> others = new ArrayList<>();
        for (Experiment e : doc.otherTests()) {
            List<Finding> own = rest.stream().filter(f -> e.tool().id().equals(f.tool()) && e.testId().equals(f.testId())).toList();
            own.forEach(rest::remove);
            others.add(judged(e.testId(), e.tool().id() + " run: no forbidden outcome", seconds(List.of(e)), own,
                    own.stream().anyMatch(JunitCases::isFailure), null, details(List.of(e))));
        }
        if (!rest.isEmpty()) {
            others.add(judged("racecard", "gate", 0, rest, rest.stream().anyMatch(JunitCases::isFailure), null, ""));
        }
        if (!others.isEmpty()) {
            suites.add(new Suite("other tests", others));
        }
        return suites;
    }

    /** The case's name states what the variant claims, e.g. "plain is racy: race demonstrated". */
    public static String claim(String variant, VariantKind kind) {
        return variant + (kind == VariantKind.RACY ? " is racy: race demonstrated" : " is correct: never forbidden");
    }

    private static Case variantCase(String pattern, RacecardDocument.VariantEntry v) {
        String skippedBecause = v.status() == VariantStatus.NOT_REPRODUCED ? "race not reproduced" : null;
        return judged(pattern, claim(v.id(), v.kind()), seconds(v.experiments()), v.findings(),
                v.status() == VariantStatus.FAILED, skippedBecause, details(v.experiments()));
    }

    /**
     * A positive control, named by what it claims: "synchronized catches fresh-lock". Killed, it
     * passes with what killed it in system-out; a survivor or an error fails or warns as the gate
     * did; a declared blind spot is skipped with its reason.
     */
    private static Case mutantCase(String pattern, String variant, RacecardDocument.MutantEntry m, List<Finding> own) {
        List<Finding> kills = m.findings();
        String details = lines(kills) + details(m.experiments());
        String skippedBecause = switch (m.status()) {
            case BLIND_SPOT -> "blind spot: " + m.blindSpot();
            case SURVIVED -> "survived";
            default -> null;
        };
        return judged(pattern, variant + " catches " + m.id() + ": " + m.mistake(), seconds(m.experiments()), own,
                own.stream().anyMatch(JunitCases::isFailure), skippedBecause, details);
    }

    /**
     * A NOT_REPRODUCED racy variant becomes {@code <skipped>}: the gate let it pass, so it must not
     * fail the CI job, but Jenkins, GitLab and GitHub reporters all count and flag skipped tests in
     * their summaries, while a passed test's system-out is only seen by whoever opens that test.
     * The warnings and the evidence go to system-out, which all three show on the test's page.
     */
    static Case judged(String classname, String name, double seconds, List<Finding> findings, boolean failed,
                       String skippedBecause, String details) {
        String lines = lines(findings);
        String text = lines.isEmpty() ? details : lines + "\n" + details;
        if (failed) {
            String first = findings.stream().filter(JunitCases::isFailure).map(Finding::line).findFirst().orElse("failed");
            return new Case(classname, name, seconds, new Problem(first, text), null, null);
        }
        if (skippedBecause != null) {
            String first = findings.stream().map(Finding::line).findFirst().orElse(skippedBecause);
            return new Case(classname, name, seconds, null, new Problem(first, null), text);
        }
        return new Case(classname, name, seconds, null, null, text.isEmpty() ? null : text);
    }

    private static boolean isFailure(Finding f) {
        return f.severity() == Severity.FAILURE;
    }

    private static String lines(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        findings.forEach(f -> out.append(f.severity() == Severity.FAILURE ? "FAILED: " : "warning: ")
                .append(f.line()).append('\n'));
        return out.toString();
    }

    public static double seconds(Collection<Experiment> experiments) {
        return experiments.stream().mapToLong(Experiment::durationMillis).filter(d -> d > 0).sum() / 1000.0;
    }

    public static String details(List<Experiment> experiments) {
        StringBuilder out = new StringBuilder();
        experiments.forEach(e -> out.append(experimentText(e)));
        return out.toString();
    }

    /** One experiment as plain text: what ran, every outcome with its count, any counterexample. */
    public static String experimentText(Experiment e) {
        StringBuilder out = new StringBuilder();
        out.append(e.tool().id()).append(' ').append(e.testId()).append(": ").append(e.status()).append(", ")
                .append(Formats.count(e.totalCount())).append(" samples, ")
                .append(Formats.duration(e.durationMillis())).append('\n');
        for (Outcome o : e.outcomes()) {
            out.append(String.format(Locale.ROOT, "  %14s  %-11s  %s: %s\n", Formats.count(o.count()),
                    o.expectation(), o.id(), o.description()));
        }
        if (e.counterexample() != null) {
            out.append("  counterexample: ").append(e.counterexample().summary()).append('\n')
                    .append(Objects.toString(e.counterexample().trace(), "")).append('\n');
        }
        e.messages().forEach(m -> out.append("  message: ").append(m).append('\n'));
        return out.toString();
    }
}
