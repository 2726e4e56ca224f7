package dev.racecard.report.gate;

import dev.racecard.catalog.MutantSelection;
import dev.racecard.report.model.Experiment;

import java.util.List;

/**
 * The gate's decision over a whole run.
 *
 * @param selection which mutants this run put in their variants' places
 * @param variants  one verdict per catalog variant, in catalog order
 * @param mutants   one verdict per declared mutant, run or not, in catalog order: the kill matrix
 * @param unowned   experiments no catalog variant claims (e.g. another project's jcstress tests)
 * @param findings  every failure and warning, variants first
 */
public record GateVerdict(RacePolicy policy, MutantSelection selection, List<VariantVerdict> variants,
                          List<MutantVerdict> mutants, List<Experiment> unowned, List<Finding> findings) {

    public GateVerdict {
        variants = List.copyOf(variants);
        mutants = List.copyOf(mutants);
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

    /** The mutants this run put in place, with a verdict other than "not run". */
    public List<MutantVerdict> mutantsRun() {
        return mutants.stream().filter(m -> m.status() != MutantStatus.NOT_RUN).toList();
    }
}
