package dev.racecard.showcase.daemonshutdown;

import dev.racecard.experiments.ChildJvm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SlowSinkTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsMkfifo() {
        assumeTrue(SlowSink.available(), "no mkfifo here");
    }

    @Test
    void theCaptureHoldsExactlyWhatTheWriterWroteThroughThePipe() throws Exception {
        Path pipe = dir.resolve("out.pipe");
        Path capture = dir.resolve("out.log");
        SlowSink sink = SlowSink.open(pipe, capture, 50_000_000);
        byte[] written = new byte[300_000]; // more than a pipe buffer: the writer waits for the drain
        Arrays.fill(written, (byte) 'x');
        written[written.length - 1] = '\n';
        try (OutputStream out = Files.newOutputStream(pipe)) {
            out.write(written);
        }
        sink.finish(Duration.ofSeconds(30));
        assertThat(Files.readAllBytes(capture)).isEqualTo(written);
        assertThat(pipe).doesNotExist();
    }

    @Test
    void aProgramThatNeverOpenedTheFileLeavesAnEmptyCapture() throws Exception {
        Path capture = dir.resolve("out.log");
        SlowSink sink = SlowSink.open(dir.resolve("out.pipe"), capture, 1_000);
        sink.finish(Duration.ofSeconds(30));
        assertThat(capture).isEmptyFile();
    }

    @Test
    void whatAKilledWriterHandedToThePipeIsKept() throws Exception {
        Path pipe = dir.resolve("out.pipe");
        Path capture = dir.resolve("out.log");
        SlowSink sink = SlowSink.open(pipe, capture, 1_000_000);
        // a child JVM that writes one line and halts without closing anything
        ChildJvm.Exit exit = ChildJvm.withCurrentClasspath(Duration.ofSeconds(60))
                .run(HaltsAfterOneLine.class, dir, pipe.toString());
        assertThat(exit.exitCode()).as(exit.outputExcerpt()).isEqualTo(3);
        sink.finish(Duration.ofSeconds(30));
        assertThat(Files.readString(capture)).isEqualTo("handed over\n");
    }

    public static final class HaltsAfterOneLine {
        public static void main(String[] args) throws Exception {
            OutputStream out = Files.newOutputStream(Path.of(args[0]));
            out.write("handed over\n".getBytes());
            out.flush();
            Runtime.getRuntime().halt(3);
        }
    }
}
