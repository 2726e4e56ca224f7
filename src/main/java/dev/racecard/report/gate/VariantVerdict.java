package dev.racecard.report.gate;

import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Variant;
import dev.racecard.evidence.Experiment;

import java.util.List;

/**
 * A catalog variant with its evidence and what the gate made of it.
 *
 * @param tools one result per tool of the report's tools that the variant declares or has evidence from
 */
public record VariantVerdict(Pattern pattern, Variant variant, VariantStatus status, List<ToolVerdict> tools,
                             List<Experiment> experiments, List<Finding> findings) {

    public VariantVerdict {
        tools = List.copyOf(tools);
        experiments = List.copyOf(experiments);
        findings = List.copyOf(findings);
    }

    public FindingSubject subject() {
        return FindingSubject.variant(pattern.id(), variant.id());
    }
}
