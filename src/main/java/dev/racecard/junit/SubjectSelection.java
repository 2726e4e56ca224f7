package dev.racecard.junit;

import dev.racecard.catalog.Focus;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which subjects an experiment runs: the variants it was written for, each followed by the
 * mutants the run selects for one of the experiment's tools ({@code racecard.mutants}); under a
 * reproduce line's focus ({@code racecard.focus}), only the focused variant and its focused mutant:
 * the rule behind the subjects a {@link RacecardTest} runs.
 */
public final class SubjectSelection {

    public static final String MUTANTS_PROPERTY = "racecard.mutants";

    private SubjectSelection() {
    }

    /** The run's mutant selection: {@code racecard.mutants}, none when unset. */
    public static MutantSelection mutants() {
        return MutantSelection.parse(System.getProperty(MUTANTS_PROPERTY, "none"));
    }

    /** The variants of {@code pattern} named in {@code variantIds}, in catalog order, each followed by its selected mutants. */
    public static List<Subject> of(Pattern pattern, Set<String> variantIds, Set<Tool> tools, MutantSelection selection,
                                   Optional<Focus> focus) {
        if (focus.isPresent()) {
            return focused(focus.get(), pattern, tools, variantIds);
        }
        List<Subject> subjects = new ArrayList<>();
        for (Variant v : pattern.variants()) {
            if (variantIds.contains(v.id())) {
                subjects.add(new Subject(pattern.id(), v, null));
                v.mutants().stream().filter(m -> tools.stream().anyMatch(t -> selection.runs(m, t)))
                        .forEach(m -> subjects.add(new Subject(pattern.id(), v, m)));
            }
        }
        return subjects;
    }

    /**
     * What a focus runs of these subjects: nothing for another tool, pattern or variant; else the
     * focused variant, followed by the focused mutant if there is one. The variant runs too because
     * the gate grades its evidence from the focused experiment, with or without a mutant.
     */
    static List<Subject> focused(Focus focus, Pattern pattern, Set<Tool> tools, Set<String> variantIds) {
        if (!tools.contains(focus.tool()) || !focus.pattern().equals(pattern.id())
                || !variantIds.contains(focus.variant())) {
            return List.of();
        }
        Variant v = pattern.variant(focus.variant()).orElseThrow();
        List<Subject> subjects = new ArrayList<>(List.of(new Subject(pattern.id(), v, null)));
        v.mutant(focus.mutant()).ifPresent(m -> subjects.add(new Subject(pattern.id(), v, m)));
        return subjects;
    }
}
