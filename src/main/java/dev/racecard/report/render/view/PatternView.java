package dev.racecard.report.render.view;

import java.util.List;

/** A pattern's section: the seed lines, then racy and correct variants side by side. */
public record PatternView(String id, String title, String claim, List<SeedView> seeds, List<VariantView> racy,
                          List<VariantView> correct) {

    /** @param label e.g. "seed 002, Threading in Python: “Sharing Data Between Threads”, lines 80–94" */
    public record SeedView(String label, String source, String excerpt) {
    }
}
