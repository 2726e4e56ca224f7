package dev.racecard.catalog;

/**
 * Where a pattern comes from: lines {@code fromLine..toLine} (1-based, inclusive) of a seed
 * tutorial in {@code shared/seeds/}, quoted so the report stands on its own.
 */
public record SeedRef(String file, int fromLine, int toLine, String title, String excerpt) {

    /** Placeholder until the seeds branch lands. */
    public String label() {
        return "“" + title + "” (" + file + ", lines " + fromLine + "–" + toLine + ")";
    }

    public String source() {
        return file;
    }
}
