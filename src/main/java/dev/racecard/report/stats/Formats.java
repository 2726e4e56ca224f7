package dev.racecard.report.stats;

import java.util.Locale;

/**
 * How numbers read everywhere Racecard prints them (findings, pages, summaries): thousands
 * separated, locale-independent, shares that never round a seen outcome to 0.
 */
public final class Formats {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Formats() {
    }

    /**
     * As {@code String.format(Locale.ROOT, "%,d", n)} prints it, grouped by hand: a report over
     * 10,000 tests prints hundreds of thousands of counts, and a Formatter for each was half the
     * time of building its page.
     */
    public static String count(long n) {
        String digits = Long.toString(n);
        int start = n < 0 ? 1 : 0;
        int length = digits.length() - start;
        if (length <= 3) {
            return digits;
        }
        StringBuilder s = new StringBuilder(digits.length() + length / 3).append(digits, 0, start);
        int first = length % 3 == 0 ? 3 : length % 3;
        s.append(digits, start, start + first);
        for (int i = start + first; i < digits.length(); i += 3) {
            s.append(',').append(digits, i, i + 3);
        }
        return s.toString();
    }

    public static String percent(double share) {
        return String.format(Locale.ROOT, share > 0 && share < 0.01 ? "%.4f%%" : "%.2f%%", share);
    }

    /**
     * A probability in two significant digits: "3.2 %" down to 0.1 %, below that "1.7·10⁻⁷",
     * so that a bound over millions of samples stays readable.
     */
    public static String probability(double p) {
        return probability(p, 2);
    }

    /**
     * A 95 % interval as "22 %–28 %", with as many digits as it takes for its ends to differ (up
     * to four significant ones): a rate measured over millions of samples is narrow, and "32 %–32 %"
     * would hide that it was measured at all.
     */
    public static String interval(double low, double high) {
        for (int digits = 2; digits <= 4; digits++) {
            String a = probability(low, digits);
            String b = probability(high, digits);
            if (!a.equals(b) || digits == 4) {
                return a + "–" + b;
            }
        }
        throw new AssertionError();
    }

    private static String probability(double p, int digits) {
        if (p <= 0) {
            return "0";
        }
        if (p >= 0.001) {
            int decimals = Math.max(0, digits - 1 - (int) Math.floor(Math.log10(p * 100)));
            return String.format(Locale.ROOT, "%." + decimals + "f %%", p * 100);
        }
        int exponent = (int) Math.floor(Math.log10(p));
        double mantissa = p / Math.pow(10, exponent);
        if (Math.round(mantissa * Math.pow(10, digits - 1)) >= 10 * Math.pow(10, digits - 1)) {
            mantissa /= 10;
            exponent++;
        }
        return String.format(Locale.ROOT, "%." + (digits - 1) + "f", mantissa) + "·10" + superscript(exponent);
    }

    private static String superscript(int exponent) {
        StringBuilder s = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            s.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return s.toString();
    }

    public static String duration(long millis) {
        if (millis < 0) {
            return "time not recorded";
        }
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /**
     * Lincheck's report ends with a "Detailed trace" as wide as the call stacks; the scenario and
     * the interleaving above it are what a reader needs first, so the detail is split off.
     */
    public static String[] splitTrace(String trace) {
        if (trace == null) {
            return new String[]{null, null};
        }
        int detail = trace.indexOf("\nDetailed trace:");
        return detail < 0 ? new String[]{trace, null}
                : new String[]{trace.substring(0, detail).stripTrailing(), trace.substring(detail + 1)};
    }
}
