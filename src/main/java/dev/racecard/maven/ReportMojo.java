package dev.racecard.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades the jcstress results and the evidence files against the catalog and writes
 * {@code index.html}, {@code racecard.json}, {@code summary.md} and {@code junit.xml} (or the
 * {@code formats} named). A failed gate is printed and warned about here; {@code racecard:gate}
 * fails the build on it.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public class ReportMojo extends GradingMojo {

    /** Where the reports are written. */
    @Parameter(property = "racecard.outputDirectory", defaultValue = "${project.build.directory}/racecard")
    File outputDirectory;

    /** Which files to write, by format: {@code html}, {@code json}, {@code markdown}, {@code junit} (default: all). */
    @Parameter(property = "racecard.formats")
    List<String> formats;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>(List.of("report"));
        args.addAll(Inputs.grading(evidenceDirectory, jcstressResults, mutantJcstressResults, racePolicy, catalog, focus,
                mutants));
        for (String root : project.getCompileSourceRoots()) {
            if (new File(root).isDirectory()) {
                args.add("--sources");
                args.add(root);
            }
        }
        args.add("--out");
        args.add(outputDirectory.getAbsolutePath());
        args.addAll(formatArgs(formats));
        Forked run = fork(classpath(true), List.of(), "dev.racecard.report.cli.RacecardCli", args, null, null);
        // the report goal writes; failing the build is the gate's
        conclude(run, false, "racecard:report");
    }
}
