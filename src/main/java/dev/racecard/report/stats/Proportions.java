package dev.racecard.report.stats;

/**
 * How sure a count makes us about a per-sample probability, at 95 % confidence. Pure arithmetic.
 */
public final class Proportions {

    /** z for a two-sided 95 % interval. */
    private static final double Z = 1.959963984540054;

    private Proportions() {
    }

    /**
     * The exact one-sided 95 % upper bound on a probability after 0 events in {@code n} independent
     * samples (Clopper–Pearson): the p with (1 - p)^n = 0.05, close to the rule of three, 3/n.
     * Computed through log1p/expm1 so that n in the billions keeps its precision.
     */
    public static double upperBoundOfZero(long n) {
        if (n <= 0) {
            return 1.0;
        }
        return -Math.expm1(Math.log(0.05) / n);
    }

    /**
     * The Wilson score 95 % interval for k events in n samples: unlike the textbook k/n ± z·se it
     * stays inside [0, 1] and is sound for rare events, which races usually are.
     */
    public static Interval wilson(long k, long n) {
        if (n <= 0) {
            return new Interval(0, 1);
        }
        double p = (double) k / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Interval(k == 0 ? 0 : Math.max(0, centre - half), k == n ? 1 : Math.min(1, centre + half));
    }

    /** A 95 % interval for a probability. */
    public record Interval(double low, double high) {
    }
}
