package dev.racecard.report.gate;

import dev.racecard.report.model.Experiment;

import java.util.List;

/**
 * The gate's decision over a whole run.
 *
 * @param variants one verdict per catalog variant, in catalog order
 * @param unowned  experiments no catalog variant claims (e.g. another project's jcstress tests)
 * @param findings every failure and warning, variants first
 */
public record GateVerdict(RacePolicy policy, List<VariantVerdict> variants, List<Experiment> unowned,
                          List<Finding> findings) {

    public GateVerdict {
        variants = List.copyOf(variants);
        unowned = List.copyOf(unowned);
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return failures().isEmpty();
    }

    public List<Finding> failures() {
        return findings.stream().filter(f -> f.severity() == Severity.FAILURE).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }
}
