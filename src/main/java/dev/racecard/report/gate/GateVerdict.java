package dev.racecard.report.gate;

import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Tool;
import dev.racecard.evidence.Experiment;

import java.util.List;

/**
 * The gate's decision over a whole run.
 *
 * @param selection which mutants this run put in their variants' places
 * @param tools     the tools of this run: declared by the catalog or present in the evidence
 * @param variants  one verdict per catalog variant, in catalog order
 * @param mutants   one verdict per declared mutant, run or not, in catalog order: the kill matrix
 * @param unowned   experiments no catalog variant claims (e.g. another project's jcstress tests)
 * @param findings  every failure and warning, variants first
 */
public record GateVerdict(RacePolicy policy, MutantSelection selection, List<Tool> tools,
                          List<VariantVerdict> variants, List<MutantVerdict> mutants, List<Experiment> unowned,
                          List<Finding> findings) {

    public GateVerdict {
        tools = List.copyOf(tools);
        variants = List.copyOf(variants);
        mutants = List.copyOf(mutants);
        unowned = List.copyOf(unowned);
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.stream().noneMatch(Finding::failure);
    }

    public List<Finding> failures() {
        return findings.stream().filter(Finding::failure).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.failure()).toList();
    }
}
