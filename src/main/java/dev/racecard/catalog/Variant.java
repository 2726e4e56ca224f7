package dev.racecard.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One implementation of a pattern.
 *
 * @param id             short name, unique within its pattern
 * @param kind           racy or correct
 * @param implementation the class under test, by name: the report never loads pattern code
 * @param summary        one sentence on what the code does and why it is racy or correct
 * @param experiments    every experiment that must have produced evidence for this variant
 * @param criticalCode   code fragments the report marks in the variant's source: where it races,
 *                       or what makes it correct (a fragment not found is simply not marked)
 * @param mutants        for a correct variant, the realistic mistakes its experiments must catch
 * @param twins          for a correct variant, the racy variants of its pattern whose race it fixes:
 *                       a tool's silence on it counts only where that tool saw one of their races
 *                       (empty: any racy variant of the pattern)
 */
public record Variant(String id, VariantKind kind, String implementation, String summary,
                      List<ExperimentRef> experiments, List<String> criticalCode, List<Mutant> mutants,
                      List<String> twins) {

    public Variant {
        experiments = List.copyOf(experiments);
        criticalCode = List.copyOf(criticalCode);
        mutants = List.copyOf(mutants);
        twins = List.copyOf(twins);
        if (kind == VariantKind.RACY && !(mutants.isEmpty() && twins.isEmpty())) {
            throw new IllegalArgumentException("racy variant " + id + " has mutants or twins: only a correct variant has");
        }
    }

    public Variant(String id, VariantKind kind, String implementation, String summary, List<ExperimentRef> experiments) {
        this(id, kind, implementation, summary, experiments, List.of(), List.of(), List.of());
    }

    public Variant markingCritical(String... fragments) {
        return new Variant(id, kind, implementation, summary, experiments, List.of(fragments), mutants, twins);
    }

    public Variant withMutants(Mutant... declared) {
        return new Variant(id, kind, implementation, summary, experiments, criticalCode, List.of(declared), twins);
    }

    /** A correct variant that fixes these racy variants' race, and not the pattern's others. */
    public Variant fixing(String... racyVariants) {
        return new Variant(id, kind, implementation, summary, experiments, criticalCode, mutants, List.of(racyVariants));
    }

    /** The tools of its experiments, in declaration order. */
    public Set<Tool> tools() {
        Set<Tool> tools = new LinkedHashSet<>();
        experiments.forEach(e -> tools.add(e.tool()));
        return tools;
    }

    public List<ExperimentRef> experiments(Tool tool) {
        return experiments.stream().filter(e -> e.tool() == tool).toList();
    }

    public List<String> jcstressTests() {
        return experiments(Tool.JCSTRESS).stream().map(ExperimentRef::testId).toList();
    }

    public Optional<Mutant> mutant(String mutantId) {
        return mutants.stream().filter(m -> m.id().equals(mutantId)).findFirst();
    }
}
