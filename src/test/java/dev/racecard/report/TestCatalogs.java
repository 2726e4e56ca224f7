package dev.racecard.report;

import dev.racecard.catalog.Catalog;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;

import java.util.List;
import java.util.Set;

/** A small catalog for tests: one pattern, one racy and one correct variant, all three tools. */
public final class TestCatalogs {

    public static final String PLAIN_STRESS = "x.CounterStress.Plain";
    public static final String SYNC_STRESS = "x.CounterStress.Synchronized";

    private TestCatalogs() {
    }

    public static Catalog counter() {
        Set<Tool> tools = Set.of(Tool.JCSTRESS, Tool.LINCHECK, Tool.JUNIT);
        return new Catalog(List.of(new Pattern("counter", "Shared counter", "claim", List.of(), List.of(
                new Variant("plain", VariantKind.RACY, "x.PlainCounter", "racy", tools, List.of(PLAIN_STRESS)),
                new Variant("synchronized", VariantKind.CORRECT, "x.SynchronizedCounter", "correct", tools,
                        List.of(SYNC_STRESS))))));
    }
}
