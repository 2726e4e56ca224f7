package dev.racecard.report.ingest;

import org.openjdk.jcstress.infra.collectors.DiskWriteCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Makes broken jcstress results files out of real ones: cuts the file or its decompressed
 * serialization stream, patches bytes in it, or writes changed records with jcstress's own
 * {@code DiskWriteCollector}.
 */
final class JcstressBytes {

    private JcstressBytes() {
    }

    static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** A whole, valid gzip stream of the first {@code length} bytes of {@code raw}. */
    static Path gzip(byte[] raw, int length, Path to) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
            out.write(raw, 0, length);
        }
        return to;
    }

    /** The first {@code length} bytes of the file itself, as a cut download or a full disk leaves it. */
    static Path cut(Path from, int length, Path to) throws IOException {
        return Files.write(to, Arrays.copyOf(Files.readAllBytes(from), length));
    }

    /** The offsets in the serialization stream where each record starts, then where the last one ends. */
    static List<Integer> boundaries(byte[] raw) throws IOException, ClassNotFoundException {
        int[] consumed = {0};
        InputStream counting = new FilterInputStream(new ByteArrayInputStream(raw)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                consumed[0] += b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                consumed[0] += Math.max(n, 0);
                return n;
            }
        };
        List<Integer> boundaries = new ArrayList<>();
        try (ObjectInputStream in = new ObjectInputStream(counting)) {
            boundaries.add(consumed[0]);
            while (consumed[0] < raw.length) {
                in.readObject();
                boundaries.add(consumed[0]);
            }
        }
        return boundaries;
    }

    /** Replaces the one big-endian occurrence of {@code old} (a count in a {@code long[]}). */
    static byte[] replaceLong(byte[] raw, long old, long replacement) {
        byte[] from = ByteBuffer.allocate(8).putLong(old).array();
        int at = indexOf(raw, from, 0);
        if (at < 0 || indexOf(raw, from, at + 1) >= 0) {
            throw new IllegalStateException(old + " does not occur exactly once");
        }
        byte[] patched = raw.clone();
        System.arraycopy(ByteBuffer.allocate(8).putLong(replacement).array(), 0, patched, at, 8);
        return patched;
    }

    static boolean occursOnce(byte[] raw, long value) {
        byte[] bytes = ByteBuffer.allocate(8).putLong(value).array();
        int at = indexOf(raw, bytes, 0);
        return at >= 0 && indexOf(raw, bytes, at + 1) < 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Writes the records with jcstress's own writer, as a jcstress run would. */
    static Path write(List<TestResult> records, Path to) {
        DiskWriteCollector writer;
        try {
            writer = new DiskWriteCollector(to.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            records.forEach(writer::add);
        } finally {
            writer.close();
        }
        return to;
    }

    /** A deep copy, to change without touching the records other tests read. */
    static TestResult copy(TestResult r) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(r);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (TestResult) in.readObject();
        }
    }
}
