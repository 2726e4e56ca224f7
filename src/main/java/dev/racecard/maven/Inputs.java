package dev.racecard.maven;

import dev.racecard.api.Catalogs;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.report.gate.RacePolicy;
import org.apache.maven.plugin.MojoExecutionException;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** The report CLI's arguments that grade a run, checked before anything is forked. */
final class Inputs {

    private Inputs() {
    }

    static List<String> grading(File evidence, File jcstress, File mutantJcstress, String racePolicy, String catalog,
                                String focus, String mutants) throws MojoExecutionException {
        try {
            RacePolicy.parse(racePolicy);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Racecard: racePolicy '" + racePolicy
                    + "' is not one of strict, deterministic, warn (racecard.race-policy)");
        }
        try {
            MutantSelection.parse(mutants);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Racecard: mutants '" + mutants
                    + "' is not one of none, gate, all (racecard.mutants)");
        }
        List<String> args = new ArrayList<>();
        boolean any = false;
        if (evidence != null && evidence.isDirectory()) {
            args.add("--evidence");
            args.add(evidence.getAbsolutePath());
            any = true;
        } else if (evidence != null && evidence.exists()) {
            throw new MojoExecutionException("Racecard: evidenceDirectory " + evidence + " is not a directory");
        }
        if (jcstress != null && jcstress.isDirectory()) {
            args.add("--jcstress");
            args.add(jcstress.getAbsolutePath());
            any = true;
        } else if (jcstress != null && jcstress.exists()) {
            args.add("--jcstress");
            args.add(jcstress.getAbsolutePath());
            any = true;
        }
        if (mutantJcstress != null && mutantJcstress.isDirectory()) {
            // racecard:stress's mutants run; absent when no mutant ran through jcstress, which the gate then says
            args.add("--mutant-jcstress");
            args.add(mutantJcstress.getAbsolutePath());
        }
        if (!any) {
            throw new MojoExecutionException("Racecard: nothing to grade: no evidence in " + evidence
                    + " and no jcstress results in " + jcstress + " (did the tests and racecard:stress run?)");
        }
        if (focus != null && !focus.isBlank()) {
            args.add("--focus");
            args.add(focus.strip());
        }
        args.add("--race-policy");
        args.add(racePolicy);
        args.add("--mutants");
        args.add(mutants);
        args.add("--catalog");
        args.add(catalog == null || catalog.isBlank() ? Catalogs.AUTO : catalog.strip());
        return args;
    }
}
