package dev.racecard.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.ArrayList;
import java.util.List;

/**
 * Grades the run as {@code racecard:report} does and fails the build when the gate fails: each
 * finding printed on its own line, the first one in the build's error. Writes nothing.
 */
@Mojo(name = "gate", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public class GateMojo extends GradingMojo {

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>(List.of("gate"));
        args.addAll(Inputs.grading(evidenceDirectory, jcstressResults, mutantJcstressResults, racePolicy, catalog, focus,
                mutants));
        conclude(fork(classpath(true), List.of(), "dev.racecard.report.cli.RacecardCli", args, null, null),
                failOnFindings, "racecard:gate");
    }
}
