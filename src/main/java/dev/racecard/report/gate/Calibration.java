package dev.racecard.report.gate;

import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.RunStatus;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Whether a tool's silence on a correct variant means anything in this run: only if the same
 * tool, in the same run, showed the race of a racy variant of the same pattern (the racy twins
 * it fixes, where the catalog names them), or killed one of the correct variant's own mutants. A tool that saw nothing anywhere (a JIT that never
 * compiled the reader, a machine too small to interleave) proves nothing by seeing nothing.
 */
final class Calibration {

    private final Pattern pattern;
    /** racy variant id to the tools that showed its race in this run */
    private final Map<String, List<Tool>> racesShown;

    private Calibration(Pattern pattern, Map<String, List<Tool>> racesShown) {
        this.pattern = pattern;
        this.racesShown = racesShown;
    }

    /** @param experiments the variants' own evidence in this run (not their mutants') */
    static Calibration of(Pattern pattern, List<Experiment> experiments) {
        Map<String, List<Tool>> shown = pattern.variants().stream()
                .filter(v -> v.kind() == VariantKind.RACY)
                .collect(Collectors.toMap(Variant::id, v -> experiments.stream()
                        .filter(e -> v.id().equals(e.variant()) && !e.ofMutant())
                        .filter(e -> e.status() == RunStatus.OK && e.demonstratesRace())
                        .map(Experiment::tool).distinct().toList()));
        return new Calibration(pattern, shown);
    }

    /**
     * Why {@code tool}'s silence on {@code variant} counts, or null if it does not.
     *
     * @param mutants the variant's positive controls in this run
     */
    String why(Variant variant, Tool tool, List<MutantVerdict> mutants) {
        List<String> racy = racyShownTo(tool).stream().filter(r -> variant.twins().isEmpty()
                || variant.twins().contains(r)).toList();
        if (!racy.isEmpty()) {
            return tool.id() + " showed the race of " + String.join(", ", racy) + " in this run";
        }
        List<String> killed = mutants.stream()
                .filter(m -> m.tools().stream().anyMatch(k -> k.tool() == tool && k.outcome() == KillOutcome.KILLED))
                .map(m -> m.mutant().id()).toList();
        if (!killed.isEmpty()) {
            return tool.id() + " killed " + (killed.size() == 1 ? "the mutant " : "the mutants ")
                    + String.join(", ", killed) + " of this variant in this run";
        }
        return null;
    }

    /** Why it does not count: the racy variants that could have calibrated the tool, and did not. */
    String whyNot(Variant variant, Tool tool) {
        List<String> candidates = pattern.variants().stream()
                .filter(v -> v.kind() == VariantKind.RACY && v.tools().contains(tool))
                .filter(v -> variant.twins().isEmpty() || variant.twins().contains(v.id()))
                .map(Variant::id).toList();
        String racy = candidates.isEmpty() ? "no racy variant " + (variant.twins().isEmpty() ? "of " + pattern.id()
                : "it fixes (" + String.join(", ", variant.twins()) + ")") + " that runs " + tool.id() + " is in this run"
                : "the race of " + String.join(", ", candidates) + " was not seen by " + tool.id() + " in this run";
        return racy + ", and " + tool.id() + " killed none of this variant's mutants";
    }

    private List<String> racyShownTo(Tool tool) {
        return racesShown.entrySet().stream().filter(e -> e.getValue().contains(tool)).map(Map.Entry::getKey)
                .sorted().toList();
    }
}
