package dev.racecard.showcase.daemonshutdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The experiment's reading of a file: a writer that stopped too soon is "short", not "corrupt". */
class DaemonShutdownOutcomeTest {

    @TempDir
    Path dir;

    private String classify(String content, int expected) throws IOException {
        Path file = dir.resolve("records.log");
        Files.writeString(file, content);
        return DaemonShutdownExperiment.classify(file, DiskRecords.inspect(file, expected));
    }

    private static String lines(int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(RecordFormat.record(i)).append('\n');
        }
        return s.toString();
    }

    @Test
    void aCleanEndAfterMissingRecordsIsShort() throws IOException {
        assertThat(classify(lines(0, 3) + "end\n", 3)).isEqualTo("all");
        assertThat(classify(lines(0, 2) + "end\n", 3)).isEqualTo("short");
        assertThat(classify("end\n", 3)).isEqualTo("short");
        assertThat(classify(lines(0, 2), 3)).isEqualTo("partial");
        assertThat(classify(lines(0, 1) + "rec", 3)).isEqualTo("torn");
    }

    @Test
    void anythingNoShutdownExplainsIsCorrupt() throws IOException {
        assertThat(classify(lines(0, 1) + lines(2, 3) + "end\n", 3)).isEqualTo("corrupt");
        assertThat(classify(lines(0, 2) + "end", 3)).isEqualTo("corrupt");
        assertThat(classify(lines(0, 1) + "end\n" + lines(1, 2), 3)).isEqualTo("corrupt");
    }
}
