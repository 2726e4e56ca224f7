package dev.racecard.report.render;

import java.util.Locale;

/** How numbers read in every report page: thousands separated, shares that never round a seen outcome to 0. */
public final class Formats {

    private Formats() {
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static String percent(double share) {
        return String.format(Locale.ROOT, share > 0 && share < 0.01 ? "%.4f%%" : "%.2f%%", share);
    }

    public static String duration(long millis) {
        if (millis < 0) {
            return "not measured";
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
