package dev.racecard.report.merge;

import dev.racecard.report.render.Formats;
import dev.racecard.report.gate.Severity;
import dev.racecard.report.gate.VariantStatus;
import dev.racecard.report.merge.MergedDocument.LabelledFinding;
import dev.racecard.report.merge.MergedDocument.MergedExperiment;
import dev.racecard.report.merge.MergedDocument.MergedOutcome;
import dev.racecard.report.merge.MergedDocument.MergedVariant;
import dev.racecard.report.render.JunitCases;
import dev.racecard.report.render.JunitXml;
import dev.racecard.report.render.JunitXml.Case;
import dev.racecard.report.render.JunitXml.Problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The merged {@code junit.xml}: the same cases as a single run's (one per variant claim, same
 * names, so CI history lines up), judged by the combined verdict, with every environment's
 * findings and outcome counts in the text. NOT_REPRODUCED is skipped, as in a single run.
 */
public final class MergedJunit {

    private MergedJunit() {
    }

    public static byte[] render(MergedDocument doc) {
        List<JunitXml.Suite> suites = new ArrayList<>();
        List<LabelledFinding> rest = new ArrayList<>(doc.gate().failures());
        rest.addAll(doc.gate().warnings());
        for (MergedDocument.MergedPattern p : doc.patterns()) {
            suites.add(new JunitXml.Suite(p.id(), p.variants().stream().map(v -> variantCase(p.id(), v)).toList()));
            p.variants().forEach(v -> rest.removeAll(v.findings()));
        }
        List<Case> others = new ArrayList<>();
        for (MergedExperiment e : doc.otherTests()) {
            List<LabelledFinding> own = rest.stream().filter(f -> e.tool().id().equals(f.finding().tool())
                    && e.testId().equals(f.finding().testId())).toList();
            rest.removeAll(own);
            others.add(judged(e.testId(), e.tool().id() + " run: no forbidden outcome", seconds(List.of(e)), own,
                    own.stream().anyMatch(MergedJunit::isFailure), false, text(List.of(e))));
        }
        if (!rest.isEmpty()) {
            // findings about a run as a whole, e.g. an environment whose run had no evidence at all
            others.add(judged("racecard", "gate", 0, rest, rest.stream().anyMatch(MergedJunit::isFailure), false, ""));
        }
        if (!others.isEmpty()) {
            suites.add(new JunitXml.Suite("other tests", others));
        }
        return JunitXml.write("racecard merged", Instant.parse(doc.generatedAt()), suites);
    }

    private static boolean isFailure(LabelledFinding f) {
        return f.finding().severity() == Severity.FAILURE;
    }

    private static Case variantCase(String pattern, MergedVariant v) {
        return judged(pattern, JunitCases.claim(v.id(), v.kind()), seconds(v.experiments()), v.findings(),
                v.status() == VariantStatus.FAILED, v.status() == VariantStatus.NOT_REPRODUCED,
                (v.demonstratedIn().isEmpty() ? "" : "race demonstrated in: " + String.join("; ", v.demonstratedIn()) + "\n")
                        + text(v.experiments()));
    }

    private static Case judged(String classname, String name, double seconds, List<LabelledFinding> findings,
                               boolean failed, boolean skipped, String details) {
        StringBuilder text = new StringBuilder();
        findings.forEach(f -> text.append(isFailure(f) ? "FAILED: " : "warning: ")
                .append(f.line()).append('\n'));
        String all = text.isEmpty() ? details : text + "\n" + details;
        if (failed) {
            String first = findings.stream().filter(MergedJunit::isFailure).map(LabelledFinding::line).findFirst().orElse("failed");
            return new Case(classname, name, seconds, new Problem(first, all), null, null);
        }
        if (skipped) {
            String first = findings.stream().map(LabelledFinding::line).findFirst().orElse("race not reproduced");
            return new Case(classname, name, seconds, null, new Problem(first, null), all);
        }
        return new Case(classname, name, seconds, null, null, all.isEmpty() ? null : all);
    }

    private static double seconds(List<MergedExperiment> experiments) {
        return experiments.stream().flatMap(e -> e.runs().values().stream())
                .mapToLong(MergedDocument.Run::durationMillis).filter(d -> d > 0).sum() / 1000.0;
    }

    /** Per experiment: how each environment's run went, then every outcome's count per environment. */
    private static String text(List<MergedExperiment> experiments) {
        StringBuilder out = new StringBuilder();
        for (MergedExperiment e : experiments) {
            out.append(e.tool().id()).append(' ').append(e.testId()).append('\n');
            e.runs().forEach((label, run) -> out.append("  [").append(label).append("] ").append(run.status())
                    .append(", ").append(Formats.count(run.total())).append(" samples, ")
                    .append(Formats.duration(run.durationMillis())).append('\n'));
            for (MergedOutcome o : e.outcomes()) {
                out.append(String.format(Locale.ROOT, "  %-11s  %s: %s\n", o.expectation(), o.id(), o.description()));
                for (Map.Entry<String, Long> c : o.counts().entrySet()) {
                    out.append("    [").append(c.getKey()).append("] ").append(Formats.count(c.getValue())).append('\n');
                }
            }
            e.runs().forEach((label, run) -> {
                if (run.counterexample() != null) {
                    out.append("  counterexample in [").append(label).append("]: ").append(run.counterexample().summary())
                            .append('\n').append(run.counterexample().trace()).append('\n');
                }
                run.messages().forEach(m -> out.append("  message [").append(label).append("]: ").append(m).append('\n'));
            });
        }
        return out.toString();
    }
}
