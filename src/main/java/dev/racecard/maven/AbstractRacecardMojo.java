package dev.racecard.maven;

import dev.racecard.report.cli.RacecardCli;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What every Racecard goal shares: {@code skip}, and running Racecard's own code in a forked JVM
 * over the plugin's class path plus the project's test class path (jcstress grades outcomes from
 * the test classes' {@code META-INF/TestList}, and a user's catalog providers live there too).
 * The goals are thin: they run the report CLI ({@code dev.racecard.report.cli.RacecardCli}) or
 * jcstress's {@code Main}, and turn the exit status into Maven's terms: a bad input or
 * configuration is a one-line {@link MojoExecutionException}, a failed gate a
 * {@link MojoFailureException}, never a stack trace.
 */
abstract class AbstractRacecardMojo extends AbstractMojo {

    static final int PASSED = 0;
    static final int GATE_FAILED = 1;
    static final int BAD_INPUT = 2;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    /** Skip every Racecard goal. */
    @Parameter(property = "racecard.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Racecard skipped (racecard.skip)");
            return;
        }
        run();
    }

    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The forked JVM's class path: this plugin's, then the project's test class path. */
    List<String> classpath(boolean withProjectTests) throws MojoExecutionException {
        Set<String> entries = new LinkedHashSet<>();
        if (plugin != null) {
            if (plugin.getPluginArtifact() != null && plugin.getPluginArtifact().getFile() != null) {
                entries.add(plugin.getPluginArtifact().getFile().getAbsolutePath());
            }
            for (Artifact a : plugin.getArtifacts()) {
                if (a.getFile() != null) {
                    entries.add(a.getFile().getAbsolutePath());
                }
            }
        }
        if (withProjectTests) {
            entries.addAll(testClasspath());
        }
        return new ArrayList<>(entries);
    }

    List<String> testClasspath() throws MojoExecutionException {
        try {
            return project.getTestClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("cannot resolve the test class path: " + oneLine(e.getMessage()));
        }
    }

    /** Where the running JVM's java is: the JDK Maven runs on (JAVA_HOME). */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The result of a forked JVM: its exit status and the last line it printed as an error. */
    record Forked(int status, String lastError, List<String> failures) {
    }

    /**
     * Runs {@code java -cp CLASSPATH MAIN ARGS...}, logging each line the child prints (its
     * findings as errors, its warnings as warnings), and returns its exit status.
     */
    Forked fork(List<String> classpath, List<String> jvmArgs, String main, List<String> args, File workingDirectory,
                File log) throws MojoExecutionException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath));
        command.add(main);
        command.addAll(args);
        getLog().debug("racecard: " + String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (workingDirectory != null) {
            builder.directory(workingDirectory);
        }
        if (log != null) {
            builder.redirectOutput(log);
        }
        String lastError = null;
        List<String> failures = new ArrayList<>();
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            if (log == null) {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith(RacecardCli.FAILED_LINE)) {
                            failures.add(line.substring(RacecardCli.FAILED_LINE.length()));
                            getLog().error(line);
                        } else if (line.startsWith(RacecardCli.WARNING_LINE)) {
                            getLog().warn(line);
                        } else if (line.startsWith(RacecardCli.ERROR_LINE) || line.startsWith(RacecardCli.INTERNAL_ERROR_LINE)) {
                            lastError = line.substring("racecard: ".length());
                            getLog().error(line);
                        } else {
                            getLog().info(line);
                        }
                    }
                }
            }
            return new Forked(process.waitFor(), lastError, failures);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start " + java() + ": " + oneLine(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while running " + main);
        }
    }

    /**
     * The report CLI's exit status in Maven's terms.
     *
     * @param failOnFindings whether a failed gate fails the build, or only warns
     */
    void conclude(Forked run, boolean failOnFindings, String goal) throws MojoExecutionException, MojoFailureException {
        switch (run.status()) {
            case PASSED -> {
            }
            case GATE_FAILED -> {
                String message = "Racecard gate failed: " + run.failures().size() + " finding"
                        + (run.failures().size() == 1 ? "" : "s")
                        + (run.failures().isEmpty() ? "" : "; first: " + run.failures().get(0));
                if (failOnFindings) {
                    throw new MojoFailureException(message);
                }
                getLog().warn(message + (goal.equals("racecard:report") ? " (racecard:gate fails the build on it)"
                        : " (" + goal + " does not fail the build: failOnFindings is false)"));
            }
            case BAD_INPUT -> throw new MojoExecutionException("Racecard: "
                    + (run.lastError() == null ? "bad input (exit status 2)" : run.lastError()));
            default -> throw new MojoExecutionException("Racecard: "
                    + (run.lastError() == null ? "internal error (exit status " + run.status() + ")" : run.lastError()));
        }
    }

    /** The report CLI's {@code --formats} for a goal's {@code formats}: none given, every format. */
    static List<String> formatArgs(List<String> formats) {
        return formats == null || formats.isEmpty() ? List.of() : List.of("--formats", String.join(",", formats));
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
