package dev.racecard.evidence;

import dev.racecard.catalog.RacecardCatalog;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.model.Expectation;

/** Looks up the catalog entry a test produces evidence for, so tests never restate racy/correct. */
public final class CatalogVariants {

    private CatalogVariants() {
    }

    public static Variant get(String pattern, String variant) {
        return RacecardCatalog.CATALOG.variant(pattern, variant)
                .orElseThrow(() -> new IllegalArgumentException("not in the catalog: " + pattern + "/" + variant));
    }

    /** How the race's outcome is graded for this variant: the point for racy code, a bug for correct code. */
    public static Expectation raceOutcome(Variant variant) {
        return variant.kind() == VariantKind.RACY ? Expectation.INTERESTING : Expectation.FORBIDDEN;
    }
}
