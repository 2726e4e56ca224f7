package dev.racecard.catalog;

import java.util.List;
import java.util.Optional;

/** A shared-state pattern from the seeds, with its racy and correct variants. */
public record Pattern(String id, String title, String claim, List<SeedRef> seeds, List<Variant> variants) {

    public Pattern {
        seeds = List.copyOf(seeds);
        variants = List.copyOf(variants);
        for (Variant v : variants) {
            for (String twin : v.twins()) {
                if (variants.stream().noneMatch(r -> r.id().equals(twin) && r.kind() == VariantKind.RACY)) {
                    throw new IllegalArgumentException(id + "/" + v.id() + " fixes '" + twin
                            + "', which is not a racy variant of " + id);
                }
            }
        }
    }

    public Optional<Variant> variant(String variantId) {
        return variants.stream().filter(v -> v.id().equals(variantId)).findFirst();
    }
}
