package dev.racecard.evidence;

import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.RacecardCatalog;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The subjects an experiment runs: the catalog's variants, and, as {@code racecard.mutants}
 * selects (none, gate or all; set by the pom), the mutants of each correct variant that run
 * through the experiment's tool.
 */
public final class Subjects {

    private Subjects() {
    }

    public static MutantSelection selection() {
        return MutantSelection.parse(System.getProperty("racecard.mutants", "none"));
    }

    /** Every variant of {@code pattern} with an experiment of {@code tool}, each followed by its mutants. */
    public static Stream<Subject> of(String pattern, Tool tool) {
        Pattern p = pattern(pattern);
        return of(pattern, tool, p.variants().stream().filter(v -> v.tools().contains(tool))
                .map(Variant::id).toArray(String[]::new));
    }

    /** The named variants, each followed by its mutants that run through {@code tool}. */
    public static Stream<Subject> of(String pattern, Tool tool, String... variantIds) {
        Pattern p = pattern(pattern);
        Set<String> wanted = Set.copyOf(Arrays.asList(variantIds));
        MutantSelection selection = selection();
        return p.variants().stream().filter(v -> wanted.contains(v.id())).flatMap(v -> Stream.concat(
                Stream.of(new Subject(pattern, v, null)),
                v.mutants().stream().filter(m -> selection.runs(m, tool))
                        .map(m -> new Subject(pattern, v, m))));
    }

    /** One variant on its own, without mutants. */
    public static Subject variant(String pattern, String variantId) {
        return new Subject(pattern, pattern(pattern).variant(variantId)
                .orElseThrow(() -> new IllegalArgumentException("not in the catalog: " + pattern + "/" + variantId)), null);
    }

    private static Pattern pattern(String id) {
        return RacecardCatalog.CATALOG.pattern(id)
                .orElseThrow(() -> new IllegalArgumentException("not in the catalog: " + id));
    }
}
