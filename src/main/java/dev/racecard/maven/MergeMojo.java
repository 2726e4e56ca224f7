package dev.racecard.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges racecard.json files (other JDKs, other machines, earlier merges) into one report, every
 * environment side by side; fails the build when the combined gate fails (unless
 * {@code failOnFindings} is false).
 */
@Mojo(name = "merge", requiresProject = false, threadSafe = true)
public class MergeMojo extends AbstractRacecardMojo {

    /** The racecard.json files to merge, e.g. {@code -Dracecard.merge.files=jdk17/racecard.json,jdk25/racecard.json}. */
    @Parameter(property = "racecard.merge.files")
    List<File> files;

    /** One name per environment of the inputs, in order (default: what each run reports). */
    @Parameter(property = "racecard.merge.labels")
    List<String> labels;

    /** Where the merged report is written. */
    @Parameter(property = "racecard.merge.outputDirectory", defaultValue = "${project.build.directory}/racecard/merged")
    File outputDirectory;

    /** Which files to write, by format: {@code html}, {@code json}, {@code markdown}, {@code junit} (default: all). */
    @Parameter(property = "racecard.formats")
    List<String> formats;

    @Parameter(property = "racecard.failOnFindings", defaultValue = "true")
    boolean failOnFindings;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (files == null || files.isEmpty()) {
            throw new MojoExecutionException("Racecard: merge needs racecard.json files: <files><file>…</file></files> "
                    + "or -Dracecard.merge.files=a/racecard.json,b/racecard.json");
        }
        List<String> args = new ArrayList<>(List.of("merge", "--out", outputDirectory.getAbsolutePath()));
        args.addAll(formatArgs(formats));
        if (labels != null) {
            for (String label : labels) {
                args.add("--label");
                args.add(label);
            }
        }
        for (File file : files) {
            if (!file.isFile()) {
                throw new MojoExecutionException("Racecard: merge input " + file + " does not exist");
            }
            args.add(file.getAbsolutePath());
        }
        conclude(fork(classpath(false), List.of(), "dev.racecard.report.cli.RacecardCli", args, null, null),
                failOnFindings, "racecard:merge");
    }
}
