package dev.racecard.report.ingest;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.VariantRef;
import dev.racecard.evidence.Experiment;

import java.util.List;
import java.util.Map;

/**
 * jcstress results name only the test; the catalog says which variant each test exercises.
 * Experiments that already name their variant (JUnit, Lincheck, child-JVM evidence) pass through.
 */
public final class EvidenceBinder {

    private EvidenceBinder() {
    }

    public static List<Experiment> bind(Catalog catalog, List<Experiment> experiments) {
        Map<String, VariantRef> owners = catalog.jcstressOwners();
        return experiments.stream().map(e -> {
            if (e.pattern() != null || e.variant() != null) {
                return e;
            }
            VariantRef owner = owners.get(e.testId());
            return owner == null ? e : e.boundTo(owner.pattern(), owner.variant(), null);
        }).toList();
    }
}
