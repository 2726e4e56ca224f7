package dev.racecard.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The declared list of patterns and variants that evidence is checked against. */
public record Catalog(List<Pattern> patterns) {

    public Catalog {
        patterns = List.copyOf(patterns);
    }

    public Optional<Pattern> pattern(String patternId) {
        return patterns.stream().filter(p -> p.id().equals(patternId)).findFirst();
    }

    public Optional<Variant> variant(String patternId, String variantId) {
        return pattern(patternId).flatMap(p -> p.variant(variantId));
    }

    /** Which (pattern, variant) each declared jcstress test belongs to, keyed by test name. */
    public Map<String, VariantRef> jcstressOwners() {
        Map<String, VariantRef> owners = new HashMap<>();
        for (Pattern p : patterns) {
            for (Variant v : p.variants()) {
                for (String test : v.jcstressTests()) {
                    owners.put(test, new VariantRef(p.id(), v.id()));
                }
            }
        }
        return owners;
    }
}
