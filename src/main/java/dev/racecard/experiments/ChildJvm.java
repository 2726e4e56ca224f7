package dev.racecard.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program's {@code main} in a real child {@code java} process, because what happens at
 * JVM exit (daemon threads killed, shutdown hooks run) cannot be observed from inside one JVM.
 * A child that outlives its timeout is killed and reported as hung: never a hung build.
 */
public final class ChildJvm {

    /** How one child run ended. {@code exitCode} is -1 when it was killed. */
    public record Exit(int exitCode, boolean hung, Duration elapsed, String output) {
    }

    private final Path java;
    private final String classpath;
    private final List<String> jvmOptions;
    private final Duration timeout;

    public ChildJvm(String classpath, List<String> jvmOptions, Duration timeout) {
        this.java = Path.of(System.getProperty("java.home"), "bin", "java");
        this.classpath = classpath;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.timeout = timeout;
    }

    /** A child with this JVM's classpath. */
    public static ChildJvm withCurrentClasspath(Duration timeout) {
        return new ChildJvm(System.getProperty("java.class.path"), List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1"), timeout);
    }

    public Exit run(Class<?> mainClass, Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Path log = Files.createTempFile(workDir, "child", ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        return new Exit(exited ? process.exitValue() : -1, !exited, elapsed, output);
    }
}
