package dev.racecard.experiments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program's {@code main} in a real child {@code java} process, because what happens at
 * JVM exit (daemon threads killed, shutdown hooks run), or a main thread that never stops
 * spinning, cannot be observed from inside one JVM. A child that outlives its timeout is killed
 * and reported as hung: never a hung build.
 *
 * <p>By default the hang clock starts with the process. A program whose own timing matters can
 * instead say when it is ready ({@link #startingClockAt}): the clock then starts when that line
 * appears on its output, so a slow JVM start-up on busy cores is never taken for a hang; a child
 * that does not get that far within the start-up limit is killed and reported as never ready.
 *
 * <p>A child killed at its timeout was only slow, as far as the parent knows. A child that can
 * tell that it will never exit (a {@link StallWatch} in it) says so on a line of its own
 * ({@link #killedAtLine}); the parent kills it there, and the line is the evidence.
 */
public final class ChildJvm {

    /**
     * How one child run ended.
     *
     * @param exitCode   the exit status, -1 when it was killed
     * @param hung       killed: it outlived its timeout (or, when it never said it was ready, its start-up limit),
     *                   or it printed its kill line
     * @param elapsed    from process start to exit
     * @param output     stdout and stderr, interleaved
     * @param readyAfter from process start to its ready line; {@link Duration#ZERO} when the clock starts with
     *                   the process; null when it never printed the ready line
     */
    public record Exit(int exitCode, boolean hung, Duration elapsed, String output, Duration readyAfter) {

        /** Whether the child got as far as its ready line (always, for a child run without one). */
        public boolean ready() {
            return readyAfter != null;
        }

        /** What the program printed after its ready line; before it, only the JVM may speak (start-up warnings). */
        public List<String> linesAfter(String readyLine) {
            return output.lines().dropWhile(line -> !line.equals(readyLine)).skip(1).toList();
        }

        /** The output for an error message: its first 500 characters. */
        public String outputExcerpt() {
            String text = output.strip();
            return text.length() > 500 ? text.substring(0, 500) + "..." : text;
        }
    }

    private static final Duration DRAIN = Duration.ofSeconds(10);
    private static final long KILL_LINE_POLL_MILLIS = 20;

    private final Path java;
    private final String classpath;
    private final List<String> jvmOptions;
    private final Duration timeout;
    private final String readyLine;
    private final Duration startupLimit;
    private final String killPrefix;

    public ChildJvm(String classpath, List<String> jvmOptions, Duration timeout) {
        this(classpath, jvmOptions, timeout, null, null, null);
    }

    private ChildJvm(String classpath, List<String> jvmOptions, Duration timeout, String readyLine,
                     Duration startupLimit, String killPrefix) {
        this.java = Path.of(System.getProperty("java.home"), "bin", "java");
        this.classpath = classpath;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.timeout = timeout;
        this.readyLine = readyLine;
        this.startupLimit = startupLimit;
        this.killPrefix = killPrefix;
    }

    /** A child with this JVM's classpath. */
    public static ChildJvm withCurrentClasspath(Duration timeout) {
        return new ChildJvm(System.getProperty("java.class.path"), List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1"), timeout);
    }

    /**
     * The same child, but its timeout counts from the first output line equal to {@code line};
     * until then it has {@code startupLimit} to get there.
     */
    public ChildJvm startingClockAt(String line, Duration startupLimit) {
        return new ChildJvm(classpath, jvmOptions, timeout, line, startupLimit, killPrefix);
    }

    /**
     * The same child, killed as soon as it prints a line starting with {@code prefix}: its own
     * evidence that it will never exit, so waiting out the timeout would prove nothing more.
     */
    public ChildJvm killedAtLine(String prefix) {
        return new ChildJvm(classpath, jvmOptions, timeout, readyLine, startupLimit, prefix);
    }

    public Exit run(Class<?> mainClass, Path workDir, String... args) throws IOException, InterruptedException {
        return run(mainClass.getName(), workDir, args);
    }

    /** For a program named by a class the caller need not load. */
    public Exit run(String mainClass, Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        Output output = new Output(process, readyLine, killPrefix, start);
        output.start();

        Duration readyAfter = Duration.ZERO;
        boolean exited;
        if (readyLine == null) {
            exited = awaitExit(process, output, timeout.toMillis());
        } else {
            boolean ready = output.awaitReady(startupLimit);
            readyAfter = ready ? output.readyAfter() : null;
            // not ready: either its output ended (it is exiting) or the start-up limit is up (kill it)
            long wait = ready ? timeout.toMillis() : output.ended() ? DRAIN.toMillis() : 0;
            exited = awaitExit(process, output, wait);
        }
        if (!exited) {
            process.destroyForcibly().waitFor(DRAIN.toSeconds(), TimeUnit.SECONDS);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        output.join(DRAIN.toMillis());
        return new Exit(exited ? process.exitValue() : -1, !exited, elapsed, output.text(), readyAfter);
    }

    /** Waits for the exit, at most {@code millis}, and no longer once the child has printed its kill line. */
    private static boolean awaitExit(Process process, Output output, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!output.killLineSeen()) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (process.waitFor(Math.max(0, Math.min(KILL_LINE_POLL_MILLIS, left)), TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (left <= 0) {
                return false;
            }
        }
        return !process.isAlive();
    }

    /** Reads the child's output as it comes, and notes when the ready line, and the kill line, appear. */
    private static final class Output extends Thread {
        private final Process process;
        private final String readyLine;
        private final String killPrefix;
        private final long start;
        private final StringBuffer text = new StringBuffer();
        private final CountDownLatch ready = new CountDownLatch(1);
        private volatile long readyNanos;
        private volatile boolean sawReady;
        private volatile boolean ended;
        private volatile boolean killLineSeen;

        Output(Process process, String readyLine, String killPrefix, long start) {
            super("child-jvm-output");
            setDaemon(true);
            this.process = process;
            this.readyLine = readyLine;
            this.killPrefix = killPrefix;
            this.start = start;
        }

        @Override
        public void run() {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    text.append(line).append('\n');
                    if (ready.getCount() > 0 && line.equals(readyLine)) {
                        readyNanos = System.nanoTime();
                        sawReady = true;
                        ready.countDown();
                    }
                    if (killPrefix != null && line.startsWith(killPrefix)) {
                        killLineSeen = true;
                    }
                }
            } catch (IOException e) {
                text.append("[output lost: ").append(e.getMessage()).append("]\n");
            } finally {
                ended = true;
                ready.countDown(); // end of output: nothing more will come
            }
        }

        /** True once the ready line was seen; false at the limit or when the output ended without it. */
        boolean awaitReady(Duration limit) throws InterruptedException {
            ready.await(limit.toMillis(), TimeUnit.MILLISECONDS);
            return sawReady;
        }

        boolean ended() {
            return ended;
        }

        boolean killLineSeen() {
            return killLineSeen;
        }

        Duration readyAfter() {
            return Duration.ofNanos(readyNanos - start);
        }

        String text() {
            return text.toString();
        }
    }
}
