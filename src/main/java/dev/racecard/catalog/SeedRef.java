package dev.racecard.catalog;

import java.util.Optional;

/**
 * Where a pattern comes from: lines {@code fromLine..toLine} (1-based, inclusive) of a seed
 * tutorial's saved text {@code file}, under the tutorial's section heading {@code title}, quoted
 * in {@code excerpt} so the report stands on its own. {@link #label()} and {@link #source()} name
 * the tutorial for readers, who have no seeds folder; {@code file} is where the quote can be
 * checked (RacecardCatalogTest).
 */
public record SeedRef(String file, int fromLine, int toLine, String title, String excerpt) {

    public SeedRef(Seed seed, int fromLine, int toLine, String title, String excerpt) {
        this(seed.file(), fromLine, toLine, title, excerpt);
    }

    /** The seed tutorial quoted, or empty when {@code file} is none of {@link Seed}'s. */
    public Optional<Seed> seed() {
        return Seed.ofFile(file);
    }

    /**
     * For a heading: {@code seed 002, Threading in Python: “Sharing Data Between Threads”, lines 80–94}
     * (the file name instead of seed and tutorial when the file is not a known seed).
     */
    public String label() {
        String lines = fromLine == toLine ? "line " + fromLine : "lines " + fromLine + "–" + toLine;
        String where = seed().map(s -> "seed " + s.number() + ", " + s.title()).orElse(file);
        return where + ": “" + title + "”, " + lines;
    }

    /** One line naming where the quote comes from: see {@link Seed#source()}; else the file name. */
    public String source() {
        return seed().map(Seed::source).orElse(file);
    }
}
