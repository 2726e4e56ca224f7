package dev.racecard.maven;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** The parameters of the goals that grade a run: {@code report} and {@code gate}. */
abstract class GradingMojo extends AbstractRacecardMojo {

    /** Evidence files written by the tests through Racecard's JUnit extension. */
    @Parameter(property = "racecard.evidence.dir", defaultValue = "${project.build.directory}/racecard/evidence")
    File evidenceDirectory;

    /** jcstress results: the directory {@code racecard:stress} writes, or one results file. */
    @Parameter(property = "racecard.jcstress.dir", defaultValue = "${project.build.directory}/racecard/jcstress")
    File jcstressResults;

    /** The jcstress results of {@code racecard:stress}'s mutants run: one subdirectory per mutant. */
    @Parameter(property = "racecard.mutants.jcstress.dir",
            defaultValue = "${project.build.directory}/racecard/jcstress-mutants")
    File mutantJcstressResults;

    /**
     * When a racy variant's race was not reproduced, or a correct variant's clean record is
     * inconclusive: {@code strict} (fail), {@code deterministic} (fail for a Lincheck miss, warn
     * otherwise), {@code warn} (never fail).
     */
    @Parameter(property = "racecard.race-policy", defaultValue = "deterministic")
    String racePolicy;

    /**
     * The catalog to grade against: {@code auto} for every {@code dev.racecard.api.CatalogProvider}
     * registered on the test class path (none registered: the jcstress results are graded alone,
     * as jcstress would), a provider's class name, or {@code none}.
     */
    @Parameter(property = "racecard.catalog", defaultValue = "auto")
    String catalog;

    /**
     * A reproduce line's focus, {@code TOOL:TEST_ID@PATTERN/VARIANT}: grade that one experiment
     * against the catalog narrowed to it (empty: the whole run).
     */
    @Parameter(property = "racecard.focus")
    String focus;

    /**
     * Which mutants the tests put in their variants' places ({@code none}, {@code gate}, {@code all}):
     * the same {@code racecard.mutants} the tests were given, so the gate expects their evidence.
     */
    @Parameter(property = "racecard.mutants", defaultValue = "none")
    String mutants;

    /** Whether a failed gate fails the build; false only warns. */
    @Parameter(property = "racecard.failOnFindings", defaultValue = "true")
    boolean failOnFindings;
}
