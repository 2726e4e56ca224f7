package dev.racecard.report.ingest;

import dev.racecard.report.BadInputException;
import dev.racecard.report.JcstressFixtures;
import dev.racecard.report.UsesJcstressFixtures;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.evidence.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.DiskWriteCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Broken jcstress results files, all made from a real one (from {@link JcstressFixtures}): each
 * must fail with one {@link BadInputException} naming the file and what is wrong, never read as a
 * smaller run. Where jcstress's own reader takes the file for whole, the test says so.
 */
@UsesJcstressFixtures
class JcstressCorruptionTest {

    static final String FORBIDDEN_TEST = JcstressFilesTest.FORBIDDEN_TEST;

    @TempDir
    Path tmp;

    private static Path real() {
        return JcstressFixtures.resultsFile();
    }

    private static List<TestResult> records(Path file) {
        return JcstressStream.read(file);
    }

    /** What jcstress's own DiskReadCollector makes of the file: its records, or the exception it throws. */
    private static Object jcstressReads(Path file) {
        InProcessCollector collector = new InProcessCollector();
        try {
            DiskReadCollector reader = new DiskReadCollector(file.toString(), collector);
            try {
                reader.dump();
            } finally {
                reader.close();
            }
        } catch (Exception e) {
            return e;
        }
        return collector.getTestResults().size();
    }

    private static String readError(Path file) {
        try {
            JcstressFiles.read(file);
        } catch (BadInputException e) {
            assertThat(e.getMessage()).startsWith("jcstress results file " + file + " ").doesNotContain("\n");
            return e.getMessage().substring(("jcstress results file " + file + " ").length());
        }
        throw new AssertionError(file + " was read as whole");
    }

    // --- cut files ---------------------------------------------------------------------------

    @Test
    void noCutOfARealFileReadsAsWhole() throws IOException {
        byte[] whole = Files.readAllBytes(real());
        for (int length = 0; length < whole.length; length++) {
            Path cut = JcstressBytes.cut(real(), length, tmp.resolve("cut.bin.gz"));
            assertThat(readError(cut)).as("cut at %d of %d", length, whole.length).matches("is (empty|truncated: .*)");
        }
    }

    @Test
    void cutInsideTheGzipTrailerIsTruncatedThoughJcstressReadsEveryRecord() throws IOException {
        int records = records(real()).size();
        long size = Files.size(real());
        for (int trailerBytes : new int[]{1, 4, 7}) {
            Path cut = JcstressBytes.cut(real(), (int) size - trailerBytes, tmp.resolve("cut-trailer.bin.gz"));
            assertThat(jcstressReads(cut)).isEqualTo(records);
            assertThat(readError(cut)).startsWith("is truncated: its gzip stream is cut short after " + records + " whole records");
        }
    }

    @Test
    void cutInsideTheCompressedRecordsIsTruncatedWhereJcstressReadsFewerRecords() throws IOException {
        int records = records(real()).size();
        long size = Files.size(real());
        for (long length : new long[]{size / 3, size / 2, size * 2 / 3, size - 20}) {
            Path cut = JcstressBytes.cut(real(), (int) length, tmp.resolve("cut-body.bin.gz"));
            Object jcstress = jcstressReads(cut);
            if (jcstress instanceof Integer n) {
                assertThat(n).as("jcstress's reader at %d of %d", length, size).isLessThan(records);
            }
            assertThat(readError(cut)).as("cut at %d of %d", length, size)
                    .matches("is truncated: (it ends inside (record \\d+, after \\d+ whole records?|the stream header, before any record)"
                            + "|its gzip stream is cut short after \\d+ whole records?) \\(gzip: Unexpected end of ZLIB input stream\\)");
        }
    }

    @Test
    void cutInsideTheGzipHeaderIsTruncated() throws IOException {
        Path cut = JcstressBytes.cut(real(), 5, tmp.resolve("cut-header.bin.gz"));
        assertThat(readError(cut)).isEqualTo("is truncated: it ends inside its gzip header");
    }

    @Test
    void aStreamCutInsideARecordAndGzippedWholeIsTruncatedWhereJcstressReadsFewerRecords() throws Exception {
        byte[] raw = JcstressBytes.gunzip(real());
        List<Integer> boundaries = JcstressBytes.boundaries(raw);
        int insideSecond = (boundaries.get(1) + boundaries.get(2)) / 2;
        Path cut = JcstressBytes.gzip(raw, insideSecond, tmp.resolve("cut-record.bin.gz"));

        assertThat(jcstressReads(cut)).isEqualTo(1);
        assertThat(readError(cut)).isEqualTo("is truncated: it ends inside record 2, after 1 whole record");
    }

    /**
     * The format's blind spot, pinned so that it stays known: no record count and no end marker,
     * so a serialization stream cut exactly between records and gzipped whole is a valid, smaller
     * run. jcstress itself never writes one (a killed run leaves its gzip stream unfinished).
     */
    @Test
    void aStreamCutAtARecordBoundaryAndGzippedWholeCannotBeToldFromASmallerRun() throws Exception {
        byte[] raw = JcstressBytes.gunzip(real());
        List<Integer> boundaries = JcstressBytes.boundaries(raw);
        Path cut = JcstressBytes.gzip(raw, boundaries.get(2), tmp.resolve("cut-boundary.bin.gz"));

        assertThat(records(cut)).hasSize(2);
        assertThat(jcstressReads(cut)).isEqualTo(2);
    }

    @Test
    void aJcstressRunKilledBeforeItClosedItsFileIsTruncated() throws IOException {
        Path running = tmp.resolve("running.bin.gz");
        DiskWriteCollector writer = new DiskWriteCollector(running.toString());
        Path killed;
        try {
            records(real()).forEach(writer::add);
            // what is on disk when the JVM dies here: every record was flushed, the gzip stream never finished
            killed = Files.copy(running, tmp.resolve("killed.bin.gz"));
        } finally {
            writer.close();
        }
        assertThat(readError(killed)).startsWith("is truncated: ");
    }

    @Test
    void aBadGzipChecksumIsCorrupt() throws IOException {
        byte[] bytes = Files.readAllBytes(real());
        bytes[bytes.length - 8] ^= 0x01; // the trailer: CRC32, then the length, both little-endian
        Path flipped = Files.write(tmp.resolve("crc.bin.gz"), bytes);
        assertThat(readError(flipped)).startsWith("is corrupt: its gzip check fails after " + records(real()).size()
                + " whole records (Corrupt GZIP trailer)");
    }

    // --- impossible numbers ------------------------------------------------------------------

    /** A record of the racy-increment fixture and one of its outcomes whose count's bytes occur once in the stream. */
    private record Patchable(int record, String outcome, long count, TestResult result) {
    }

    private static Patchable patchable(byte[] raw) {
        List<TestResult> records = records(real());
        for (int i = 0; i < records.size(); i++) {
            TestResult r = records.get(i);
            if (r.getName().equals(FORBIDDEN_TEST)) {
                for (String outcome : r.getStateKeys()) {
                    if (JcstressBytes.occursOnce(raw, r.getCount(outcome)) && r.getTotalCount() > r.getCount(outcome)) {
                        return new Patchable(i + 1, outcome, r.getCount(outcome), r);
                    }
                }
            }
        }
        throw new IllegalStateException("no count of " + FORBIDDEN_TEST + " occurs once in " + real());
    }

    @Test
    void aNegativeCountIsCorrupt() throws Exception {
        byte[] raw = JcstressBytes.gunzip(real());
        Patchable p = patchable(raw);
        Path patched = JcstressBytes.gzip(JcstressBytes.replaceLong(raw, p.count(), -1), raw.length, tmp.resolve("negative.bin.gz"));

        assertThat(readError(patched)).isEqualTo("is corrupt: record " + p.record() + " (test " + FORBIDDEN_TEST
                + ") has a negative count (-1) for outcome '" + p.outcome() + "'");
    }

    @Test
    void countsSummingPastLongMaxInOneRecordAreCorrupt() throws Exception {
        byte[] raw = JcstressBytes.gunzip(real());
        Patchable p = patchable(raw);
        Path patched = JcstressBytes.gzip(JcstressBytes.replaceLong(raw, p.count(), Long.MAX_VALUE), raw.length,
                tmp.resolve("overflow.bin.gz"));

        assertThat(readError(patched)).isEqualTo("is corrupt: record " + p.record() + " (test " + FORBIDDEN_TEST
                + ") has outcome counts that sum past " + Long.MAX_VALUE);
    }

    @Test
    void countsSummingPastLongMaxOverConfigurationsAreCorrupt() throws Exception {
        byte[] raw = JcstressBytes.gunzip(real());
        Patchable p = patchable(raw);
        // this record alone now totals exactly Long.MAX_VALUE: possible; any other configuration of the test tips it over
        long exact = Long.MAX_VALUE - (p.result().getTotalCount() - p.count());
        Path group = Files.createDirectories(tmp.resolve("a"));
        Path patched = JcstressBytes.gzip(JcstressBytes.replaceLong(raw, p.count(), exact), raw.length,
                group.resolve("jcstress-results-1.bin.gz"));
        Path other = Files.copy(real(), Files.createDirectories(tmp.resolve("b")).resolve("jcstress-results-2.bin.gz"));

        assertThatThrownBy(() -> JcstressFiles.read(tmp)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("jcstress results file")
                .hasMessageContaining(patched.toString())
                .hasMessageEndingWith("corrupt: the counts of test " + FORBIDDEN_TEST + " over its configurations sum past "
                        + Long.MAX_VALUE);
        assertThat(other).exists();
    }

    @Test
    void countsStoredUnderNoOutcomeAreCorrupt() throws Exception {
        List<TestResult> records = new ArrayList<>();
        for (TestResult r : records(real())) {
            records.add(JcstressBytes.copy(r));
        }
        TestResult forbidden = records.stream().filter(r -> r.getName().equals(FORBIDDEN_TEST)).findFirst().orElseThrow();
        Object counter = field(TestResult.class, "states").get(forbidden);
        Object[] keys = (Object[]) field(counter.getClass(), "keys").get(counter);
        long[] counts = (long[]) field(counter.getClass(), "counts").get(counter);
        int empty = 0;
        while (keys[empty] != null) {
            empty++;
        }
        counts[empty] = 5;
        Path file = JcstressBytes.write(records, tmp.resolve("orphan.bin.gz"));

        assertThat(readError(file)).startsWith("is corrupt: record " + (records.indexOf(forbidden) + 1) + " (test "
                + FORBIDDEN_TEST + ") has counts stored under no outcome: they total ");
    }

    @Test
    void anUndeclaredOutcomeAndAZeroCountArePossibleAndGraded() throws Exception {
        List<TestResult> records = new ArrayList<>();
        for (TestResult r : records(real())) {
            TestResult copy = JcstressBytes.copy(r);
            if (copy.getName().equals(FORBIDDEN_TEST)) {
                copy.addState("7", 3);
                copy.addState("0", 0);
            }
            records.add(copy);
        }
        Path file = JcstressBytes.write(records, tmp.resolve("undeclared.bin.gz"));

        Experiment forbidden = JcstressFiles.read(file).stream().filter(e -> e.testId().equals(FORBIDDEN_TEST)).findFirst().orElseThrow();
        Outcome seven = forbidden.outcomes().stream().filter(o -> o.id().equals("7")).findFirst().orElseThrow();
        // the fixture declares no default outcome: jcstress grades an unmatched one as a failure
        assertThat(seven.count()).isEqualTo(3 * records.stream().filter(r -> r.getName().equals(FORBIDDEN_TEST)).count());
        assertThat(seven.expectation()).isEqualTo(Expectation.FORBIDDEN);
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    // --- not a results file ------------------------------------------------------------------

    @Test
    void emptyFileIsBadInput() throws IOException {
        Path empty = Files.createFile(tmp.resolve("jcstress-results-empty.bin.gz"));
        assertThat(readError(empty)).isEqualTo("is empty");
    }

    @Test
    void notGzipIsCorrupt() throws IOException {
        Path html = Files.writeString(tmp.resolve("html.bin.gz"), "<html>not a results file</html>");
        assertThat(readError(html)).isEqualTo("is corrupt: not gzip data (Not in GZIP format)");
    }

    @Test
    void gzipOfGarbageIsCorrupt() throws IOException {
        byte[] text = "definitely not java serialization".getBytes();
        Path garbage = JcstressBytes.gzip(text, text.length, tmp.resolve("garbage.bin.gz"));
        assertThat(readError(garbage)).startsWith("is corrupt: not a jcstress results stream (invalid stream header: ");
    }

    @Test
    void gzipOfAnEmptyStreamIsTruncated() throws IOException {
        Path nothing = JcstressBytes.gzip(new byte[0], 0, tmp.resolve("nothing.bin.gz"));
        assertThat(readError(nothing)).isEqualTo("is truncated: it ends inside the stream header, before any record");
    }

    @Test
    void serializedObjectsOtherThanJcstressRecordsAreCorrupt() throws IOException {
        Path date = JcstressBytes.gzip(serialized(new Date(0)), serialized(new Date(0)).length, tmp.resolve("date.bin.gz"));
        assertThat(readError(date)).isEqualTo("is corrupt: record 1 is a java.util.Date, not a jcstress test result");

        // a class outside jcstress's own is never instantiated
        byte[] file = serialized(new File("/etc/passwd"));
        Path rejected = JcstressBytes.gzip(file, file.length, tmp.resolve("file.bin.gz"));
        assertThat(readError(rejected)).isEqualTo("is corrupt: record 1 cannot be decoded: it holds a java.io.File, "
                + "which jcstress results never hold");
    }

    private static byte[] serialized(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }
}
