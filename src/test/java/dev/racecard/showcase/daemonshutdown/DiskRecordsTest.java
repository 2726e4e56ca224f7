package dev.racecard.showcase.daemonshutdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.racecard.showcase.daemonshutdown.DiskRecords.Kind.ALL;
import static dev.racecard.showcase.daemonshutdown.DiskRecords.Kind.CORRUPT;
import static dev.racecard.showcase.daemonshutdown.DiskRecords.Kind.NONE;
import static dev.racecard.showcase.daemonshutdown.DiskRecords.Kind.PARTIAL;
import static dev.racecard.showcase.daemonshutdown.DiskRecords.Kind.TORN;
import static org.assertj.core.api.Assertions.assertThat;

class DiskRecordsTest {

    @TempDir
    Path dir;

    private DiskRecords.State inspect(String content) throws IOException {
        Path file = dir.resolve("records.log");
        Files.writeString(file, content);
        return DiskRecords.inspect(file, 3);
    }

    private static String lines(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(RecordFormat.record(i)).append('\n');
        }
        return s.toString();
    }

    @Test
    void classifiesEveryWayAFileCanEnd() throws IOException {
        assertThat(inspect(lines(3) + "end\n")).isEqualTo(new DiskRecords.State(ALL, 3, 0));
        assertThat(inspect(lines(2))).isEqualTo(new DiskRecords.State(PARTIAL, 2, 1));
        assertThat(inspect(lines(3))).isEqualTo(new DiskRecords.State(PARTIAL, 3, 0));
        assertThat(inspect(lines(1) + "record 1 pay")).isEqualTo(new DiskRecords.State(TORN, 1, 2));
        assertThat(inspect(lines(3) + "en")).isEqualTo(new DiskRecords.State(TORN, 3, 0));
        assertThat(inspect("")).isEqualTo(new DiskRecords.State(NONE, 0, 3));
        assertThat(DiskRecords.inspect(dir.resolve("absent"), 3)).isEqualTo(new DiskRecords.State(NONE, 0, 3));
        assertThat(inspect(lines(1) + RecordFormat.record(2) + "\n").kind()).isEqualTo(CORRUPT);
        assertThat(inspect(lines(1) + "garbage").kind()).isEqualTo(CORRUPT);
        assertThat(inspect(lines(3) + "end\n" + "extra\n").kind()).isEqualTo(CORRUPT);
    }
}
