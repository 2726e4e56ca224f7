package dev.racecard.catalog;

/**
 * Where a pattern comes from: lines {@code fromLine..toLine} (1-based, inclusive) of a document
 * kept as {@code file}, under its section heading {@code title}, quoted in {@code excerpt} so the
 * report stands on its own. {@code document} is how readers know the document (Racecard's own
 * patterns: "seed 002, Threading in Python") and {@code provenance} one line on where it comes
 * from; both default to the file name, as a reader who has only the report needs some name.
 */
public record SeedRef(String file, int fromLine, int toLine, String title, String excerpt, String document,
                      String provenance) {

    public SeedRef {
        document = document == null || document.isBlank() ? file : document;
        provenance = provenance == null || provenance.isBlank() ? file : provenance;
    }

    public SeedRef(String file, int fromLine, int toLine, String title, String excerpt) {
        this(file, fromLine, toLine, title, excerpt, null, null);
    }

    /** For a heading: {@code seed 002, Threading in Python: “Sharing Data Between Threads”, lines 80–94}. */
    public String label() {
        String lines = fromLine == toLine ? "line " + fromLine : "lines " + fromLine + "–" + toLine;
        return document + ": “" + title + "”, " + lines;
    }

    /** One line naming where the quote comes from. */
    public String source() {
        return provenance;
    }
}
