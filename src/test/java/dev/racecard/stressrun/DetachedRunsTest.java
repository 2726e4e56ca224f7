package dev.racecard.stressrun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DetachedRunsTest {

    @TempDir
    Path results;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private Path detached(String name, long pid, String output) throws IOException {
        Path dir = Files.createDirectories(results.resolve(name));
        Files.writeString(dir.resolve(DetachedRuns.PID), Long.toString(pid));
        Files.writeString(dir.resolve(DetachedRuns.OUT), output);
        return dir;
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withNothingDetachedThereIsNothingToWaitFor() throws IOException {
        Files.createDirectories(results.resolve("c2"));
        assertThat(DetachedRuns.await(results, Duration.ofSeconds(5), out)).isEqualTo(StressRuns.RAN);
        assertThat(DetachedRuns.await(results.resolve("absent"), Duration.ofSeconds(5), out)).isEqualTo(StressRuns.RAN);
        assertThat(printed()).contains("nothing to wait for");
    }

    @Test
    void aRunThatRecordedItsStatusIsReportedWithItsDriversOutput() throws IOException {
        DetachedRuns.recordExit(detached("spin-tiered", ProcessHandle.current().pid(), "stress-runs: spin-tiered: 12 s, jcstress exit 0\n"),
                StressRuns.RAN);
        assertThat(DetachedRuns.await(results, Duration.ofSeconds(5), out)).isEqualTo(StressRuns.RAN);
        assertThat(printed()).contains("spin-tiered: 12 s, jcstress exit 0").contains("1 detached run").doesNotContain("FAILED");
    }

    @Test
    void aRunWhoseDriverFailedToRunFailsTheWait() throws IOException {
        DetachedRuns.recordExit(detached("spin-tiered", ProcessHandle.current().pid(), ""), StressRuns.FAILED_TO_RUN);
        assertThat(DetachedRuns.await(results, Duration.ofSeconds(5), out)).isEqualTo(StressRuns.FAILED_TO_RUN);
        assertThat(printed()).contains("spin-tiered: FAILED TO RUN: its driver exited 1");
    }

    @Test
    void aDriverThatEndedWithoutRecordingItsStatusFailedToRun() throws Exception {
        Process gone = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();
        detached("spin-tiered", gone.pid(), "");
        assertThat(DetachedRuns.await(results, Duration.ofSeconds(5), out)).isEqualTo(StressRuns.FAILED_TO_RUN);
        assertThat(printed()).contains("ended without recording its status");
    }

    @Test
    void aDriverStillRunningAtTheTimeoutIsStoppedAndFailed() throws Exception {
        // a JVM that would outlive the test: it reads stdin, which stays open
        Process stuck = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), Stuck.class.getName()).start();
        try {
            detached("spin-tiered", stuck.pid(), "");
            assertThat(DetachedRuns.await(results, Duration.ofMillis(300), out)).isEqualTo(StressRuns.FAILED_TO_RUN);
            assertThat(printed()).contains("still running when the wait timed out; stopped");
            assertThat(stuck.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            stuck.destroyForcibly();
        }
    }

    /** Blocks until its stdin closes. */
    static final class Stuck {
        public static void main(String[] args) throws IOException {
            System.in.read();
        }
    }
}
