package dev.racecard.report.render.view;

import dev.racecard.catalog.SeedRef;

import java.util.List;

/** A pattern's section: the seed lines, then racy and correct variants side by side. */
public record PatternView(String id, String title, String claim, List<SeedRef> seeds, List<VariantView> racy,
                          List<VariantView> correct) {
}
