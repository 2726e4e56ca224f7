package dev.racecard.showcase.daemonshutdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * A slow disk under a child program's output file: a named pipe at the path the program writes,
 * drained into a real file at a fixed rate. A program that writes faster than that builds a
 * backlog, as it would on a slow or remote disk, and what it has not handed to the pipe when its
 * JVM halts is lost, as on a disk; what it has handed over is kept (the kernel keeps a dead
 * writer's pipe buffer for its reader, as it keeps a dead writer's page cache for the disk).
 * This is how a trial can give a writer more work at exit than a shutdown hook's timed join
 * waits for, on a fast machine as on a busy one, without touching the program.
 * <p>
 * Needs {@code mkfifo} (Linux, macOS): see {@link #available()}.
 */
public final class SlowSink {

    private static final Path MKFIFO = Stream.of("/usr/bin/mkfifo", "/bin/mkfifo")
            .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);

    private final Path pipe;
    private final Thread drain;
    private volatile boolean opened;
    private volatile IOException failure;

    private SlowSink(Path pipe, Path capture, long bytesPerSecond) {
        this.pipe = pipe;
        this.drain = new Thread(() -> drain(capture, bytesPerSecond), "slow-sink " + pipe.getFileName());
        drain.setDaemon(true);
    }

    /** Whether named pipes can be made here. */
    public static boolean available() {
        return MKFIFO != null;
    }

    /**
     * Makes the pipe at {@code pipe} and starts draining it into {@code capture}, which then holds
     * exactly what the program wrote, once {@link #finish} has returned.
     */
    public static SlowSink open(Path pipe, Path capture, long bytesPerSecond) throws IOException, InterruptedException {
        if (!available()) {
            throw new IllegalStateException("no mkfifo on this machine");
        }
        Process mkfifo = new ProcessBuilder(MKFIFO.toString(), pipe.toString()).redirectErrorStream(true).start();
        if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
            mkfifo.destroyForcibly();
            throw new IOException("mkfifo " + pipe + " failed: " + new String(mkfifo.getInputStream().readAllBytes()).strip());
        }
        SlowSink sink = new SlowSink(pipe, capture, bytesPerSecond);
        sink.drain.start();
        return sink;
    }

    private void drain(Path capture, long bytesPerSecond) {
        // opening a pipe to read waits for its writer; finish() stands in for one that never came
        try (InputStream in = Files.newInputStream(pipe); OutputStream out = Files.newOutputStream(capture)) {
            opened = true;
            long start = System.nanoTime();
            long total = 0;
            byte[] chunk = new byte[16 * 1024];
            for (int n; (n = in.read(chunk)) > 0; ) {
                out.write(chunk, 0, n);
                total += n;
                long due = start + total * 1_000_000_000L / bytesPerSecond;
                for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                    LockSupport.parkNanos(wait);
                }
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    /**
     * Once the program's JVM has exited: drains what it left in the pipe and returns. A program
     * that never opened the file leaves an empty capture.
     */
    public void finish(Duration limit) throws IOException, InterruptedException {
        if (!opened) {
            // the drain waits in its open for a writer that never came: a stand-in (read-write, so its
            // own open never waits) lets it through, and closing it is the end of the file
            try (RandomAccessFile standIn = new RandomAccessFile(pipe.toFile(), "rw")) {
                while (!opened && drain.isAlive()) {
                    drain.join(10);
                }
            }
        }
        drain.join(limit.toMillis());
        if (drain.isAlive()) {
            drain.interrupt();
            throw new IOException("the slow sink " + pipe + " did not drain within " + limit.toSeconds() + " s");
        }
        if (failure != null) {
            throw failure;
        }
        Files.deleteIfExists(pipe);
    }
}
