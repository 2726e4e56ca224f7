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
}
