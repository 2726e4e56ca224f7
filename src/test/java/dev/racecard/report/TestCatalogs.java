package dev.racecard.report;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.ExperimentRef;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;

import java.util.List;

/** A small catalog for tests: one pattern, one racy and one correct variant, all three tools. */
public final class TestCatalogs {

    public static final String PLAIN_STRESS = "x.CounterStress.Plain";
    public static final String SYNC_STRESS = "x.CounterStress.Synchronized";

    private TestCatalogs() {
    }

    public static Catalog counter() {
        return new Catalog(List.of(new Pattern("counter", "Shared counter", "claim", List.of(), List.of(
                new Variant("plain", VariantKind.RACY, "x.PlainCounter", "racy", experiments(PLAIN_STRESS, "plain")),
                new Variant("synchronized", VariantKind.CORRECT, "x.SynchronizedCounter", "correct",
                        experiments(SYNC_STRESS, "synchronized"))))));
    }

    /** The experiments the test evidence names: jcstress, Lincheck's "Spec_" and JUnit's "Seed#" ones. */
    public static List<ExperimentRef> experiments(String stressTest, String variantId) {
        return List.of(new ExperimentRef(Tool.JCSTRESS, stressTest), new ExperimentRef(Tool.LINCHECK, "Spec_" + variantId),
                new ExperimentRef(Tool.JUNIT, "Seed#" + variantId));
    }
}
