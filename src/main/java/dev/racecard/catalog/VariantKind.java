package dev.racecard.catalog;

/** What a variant is there to show. */
public enum VariantKind {
    /** The code people really write; its race must show up in the evidence. */
    RACY,
    /** The fix; it must never show a forbidden outcome. */
    CORRECT
}
