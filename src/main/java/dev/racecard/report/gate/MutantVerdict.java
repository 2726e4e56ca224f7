package dev.racecard.report.gate;

import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Variant;
import dev.racecard.evidence.Experiment;

import java.util.List;

/**
 * What the gate made of one mutant run in its correct variant's place.
 *
 * @param tools       one row per tool of the variant, in the variant's tool order
 * @param experiments the evidence recorded with the mutant in place
 * @param findings    the gate's findings on that evidence, as if it were the variant's own: for a
 *                    killed mutant, what killed it
 */
public record MutantVerdict(Pattern pattern, Variant variant, Mutant mutant, MutantStatus status,
                            List<ToolKill> tools, List<Experiment> experiments, List<Finding> findings) {

    public MutantVerdict {
        tools = List.copyOf(tools);
        experiments = List.copyOf(experiments);
        findings = List.copyOf(findings);
    }

    /** How findings name it: "pattern/variant~mutant". */
    public FindingSubject subject() {
        return FindingSubject.mutant(pattern.id(), variant.id(), mutant.id());
    }
}
