package dev.racecard.report.render;

import dev.racecard.catalog.VariantKind;
import dev.racecard.report.gate.ToolVerdict;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.report.stats.Formats;
import dev.racecard.evidence.SettingKeys;
import dev.racecard.report.stats.Proportions;
import dev.racecard.report.stats.Proportions.Interval;

/**
 * How sure a count makes us, in words: the bound after zero forbidden, the race rate's interval (or,
 * for trials stopped at the race, only that it was seen), or for a deterministic tool (Lincheck)
 * what it explored.
 */
final class Confidence {

    private Confidence() {
    }

    /** "0 of 17,557,542 forbidden — at most 1.7·10⁻⁷ per sample, 95 %" */
    static String bound(long samples, double upperBound) {
        return "0 of " + Formats.count(samples) + " forbidden — at most " + Formats.probability(upperBound)
                + " per sample, 95 %";
    }

    /** "race in 250 of 1,000 samples: 25 % (95 % interval 22 %–28 %)" */
    static String rate(long hits, long samples, Interval interval) {
        return "race in " + Formats.count(hits) + " of " + Formats.count(samples) + " samples: "
                + Formats.probability((double) hits / samples) + " (95 % interval "
                + Formats.interval(interval.low(), interval.high()) + ")";
    }

    /** "race seen in 1 of 3 trials; they stopped once it was seen, so this is no rate" */
    static String seen(long hits, long trials) {
        return "race seen in " + Formats.count(hits) + " of " + Formats.count(trials)
                + " trials; they stopped once it was seen, so this is no rate";
    }

    static String of(ToolVerdict r) {
        if (r.effort() != null && !r.effort().isEmpty()) {
            return "model checking " + r.effort();
        }
        if (r.upperBound() != null) {
            return bound(r.samples(), r.upperBound());
        }
        if (r.stoppedAtRace() && r.hits() > 0) {
            return seen(r.hits(), r.samples());
        }
        if (r.raceRate() != null && r.hits() > 0) {
            return rate(r.hits(), r.samples(), r.raceRate());
        }
        return null;
    }

    /**
     * One experiment's confidence line: what it saw decides which figure applies (a forbidden
     * outcome needs none: it happened).
     *
     * @param kind the variant's kind, or null for a test no variant claims
     */
    static String of(Experiment e, VariantKind kind) {
        if (e.tool().deterministic()) {
            String effort = e.settings().get(SettingKeys.EFFORT);
            return effort == null ? null : "model checking " + effort;
        }
        long n = e.totalCount();
        if (n == 0 || e.observed(Expectation.FORBIDDEN) > 0) {
            return null;
        }
        long interesting = e.observed(Expectation.INTERESTING);
        if (interesting > 0 && e.stoppedAtRace()) {
            return seen(interesting, n);
        }
        if (interesting > 0) {
            return rate(interesting, n, Proportions.wilson(interesting, n));
        }
        if (kind == VariantKind.RACY) {
            return "race not seen in " + Formats.count(n) + " samples — its rate here is at most "
                    + Formats.probability(Proportions.upperBoundOfZero(n)) + " per sample, 95 %";
        }
        return bound(n, Proportions.upperBoundOfZero(n));
    }
}
