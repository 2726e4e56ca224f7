package dev.racecard.report.gate;

import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Variant;
import dev.racecard.report.model.Experiment;

import java.util.List;

/** A catalog variant with its evidence and what the gate made of it. */
public record VariantVerdict(Pattern pattern, Variant variant, VariantStatus status,
                             List<Experiment> experiments, List<Finding> findings) {

    public VariantVerdict {
        experiments = List.copyOf(experiments);
        findings = List.copyOf(findings);
    }

    public String ref() {
        return pattern.id() + "/" + variant.id();
    }
}
