package dev.racecard.report.ingest;

import dev.racecard.report.BadInputException;
import org.openjdk.jcstress.infra.collectors.TestResult;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.PushbackInputStream;
import java.io.StreamCorruptedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the records of one jcstress results file, whole or not at all.
 *
 * <p>The format (jcstress 0.16's {@code DiskWriteCollector}): a gzip stream holding one Java
 * serialization stream, one {@code TestResult} object per record, no record count and no end
 * marker. jcstress's own {@code DiskReadCollector.dump()} calls {@code readObject()} until it
 * throws {@code EOFException} and swallows that exception wherever it comes from, so (measured by
 * cutting a real file at every offset):
 * <ul>
 *   <li>cut inside the gzip header, or before the serialization header: EOFException;</li>
 *   <li>cut inside the compressed body: the records before the cut, no error (the partial last
 *       record and the rest are silently dropped);</li>
 *   <li>cut inside the gzip trailer (CRC and length): every record, no error;</li>
 *   <li>a whole gzip of a serialization stream that ends inside a record: the records before it,
 *       no error.</li>
 * </ul>
 * So this reader runs the same loop over jcstress's own classes but tells the cases apart: before
 * each record it peeks at the decompressed stream (an {@code ObjectInputStream} reads nothing
 * ahead between top-level objects), so an end there is the end of the file and an end inside
 * {@code readObject()} is a cut record; and it reads the gzip stream to its end, which checks the
 * trailer's CRC and length, so a gzip stream cut anywhere fails.
 *
 * <p>What no reader can tell: a serialization stream cut exactly at a record boundary and then
 * gzipped whole reads as a smaller run, because the format records neither the number of records
 * nor an end. jcstress never writes such a file (a run killed mid-way leaves its gzip stream
 * unfinished, which fails here); only the run's driver could say how many records to expect.
 */
final class JcstressStream {

    /**
     * Only jcstress's result classes and the JDK types they are made of (seen in every results
     * file of this project), so a crafted file cannot make us instantiate anything else. Depth 5
     * and arrays of a few hundred are what jcstress writes; the limits only stop decompression
     * bombs and deeply nested collections, far above any real run.
     */
    private static final ObjectInputFilter ONLY_JCSTRESS = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;maxarray=10000000;org.openjdk.jcstress.**;java.util.*;java.lang.Enum;java.lang.Object;"
                    + "java.lang.Number;java.lang.Integer;java.lang.Long;java.lang.Boolean;!*");

    private JcstressStream() {
    }

    static List<TestResult> read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (Files.size(file) == 0) {
                throw bad(file, "is empty");
            }
            return read(file, openGzip(file, in));
        } catch (IOException e) {
            throw bad(file, "cannot be read: " + e.getMessage());
        }
    }

    private static GZIPInputStream openGzip(Path file, InputStream in) throws IOException {
        try {
            return new GZIPInputStream(in);
        } catch (EOFException e) {
            throw bad(file, "is truncated: it ends inside its gzip header");
        } catch (ZipException e) {
            throw bad(file, "is corrupt: not gzip data (" + e.getMessage() + ")");
        }
    }

    private static List<TestResult> read(Path file, GZIPInputStream gzip) throws IOException {
        Decompressed body = new Decompressed(gzip);
        ObjectInputStream records;
        try {
            records = new ObjectInputStream(body);
        } catch (EOFException e) {
            throw truncated(file, body, "inside the stream header, before any record");
        } catch (ZipException | StreamCorruptedException e) {
            throw bad(file, "is corrupt: not a jcstress results stream (" + e.getMessage() + ")");
        }
        Rejected rejected = new Rejected();
        records.setObjectInputFilter(rejected);
        List<TestResult> results = new ArrayList<>();
        while (true) {
            int n = results.size() + 1;
            try {
                if (!body.hasMore()) {
                    return results;
                }
            } catch (EOFException e) {
                // the decompressed data ended where a record would start, but gzip's own end is missing
                throw bad(file, "is truncated: its gzip stream is cut short after " + whole(n - 1) + " (" + body.gzipEnd + ")");
            } catch (ZipException e) {
                throw bad(file, "is corrupt: its gzip check fails after " + whole(n - 1) + " (" + e.getMessage() + ")");
            }
            Object record;
            try {
                record = records.readObject();
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                if (body.ended) {
                    throw truncated(file, body, "inside record " + n + ", after " + whole(n - 1));
                }
                throw bad(file, "is corrupt: record " + n + " cannot be decoded: " + why(e, rejected));
            }
            if (!(record instanceof TestResult result)) {
                throw bad(file, "is corrupt: record " + n + " is " + (record == null ? "null" : "a " + record.getClass().getName())
                        + ", not a jcstress test result");
            }
            results.add(result);
        }
    }

    private static String why(Exception e, Rejected rejected) {
        if (e instanceof ZipException) {
            return "its gzip data is corrupt (" + e.getMessage() + ")";
        }
        if (e instanceof InvalidClassException && rejected.what != null) {
            return "it holds " + rejected.what + ", which jcstress results never hold";
        }
        if (e instanceof ClassNotFoundException || e instanceof InvalidClassException) {
            return e.getMessage() + " (written by another jcstress version than 0.16?)";
        }
        return e.toString();
    }

    private static String whole(int records) {
        return records + (records == 1 ? " whole record" : " whole records");
    }

    private static BadInputException truncated(Path file, Decompressed body, String where) {
        return bad(file, "is truncated: it ends " + where + (body.gzipEnd == null ? "" : " (" + body.gzipEnd + ")"));
    }

    private static BadInputException bad(Path file, String what) {
        return new BadInputException("jcstress results file " + file + " " + what);
    }

    /** Remembers what the filter turned away, to name it in the error. */
    private static final class Rejected implements ObjectInputFilter {
        String what;

        @Override
        public Status checkInput(FilterInfo info) {
            Status status = ONLY_JCSTRESS.checkInput(info);
            if (status == Status.REJECTED && what == null) {
                what = info.serialClass() != null ? "a " + info.serialClass().getName()
                        : "more than the limits allow (" + ONLY_JCSTRESS + ")";
            }
            return status;
        }
    }

    /**
     * The decompressed bytes: notes whether they ended (cleanly, after gzip checked its trailer, or
     * by gzip's EOFException when the compressed data stops early) and can peek one byte.
     */
    private static final class Decompressed extends PushbackInputStream {
        boolean ended;
        String gzipEnd;

        Decompressed(InputStream gzip) {
            super(gzip, 1);
        }

        /** True if another record starts here; reading the gzip stream's end checks its trailer. */
        boolean hasMore() throws IOException {
            int next = read();
            if (next < 0) {
                return false;
            }
            unread(next);
            return true;
        }

        private EOFException cut(EOFException e) {
            ended = true;
            gzipEnd = "gzip: " + (e.getMessage() == null ? "stream cut short" : e.getMessage());
            return e;
        }

        @Override
        public int read() throws IOException {
            try {
                int b = super.read();
                ended |= b < 0;
                return b;
            } catch (EOFException e) {
                throw cut(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = super.read(b, off, len);
                ended |= n < 0;
                return n;
            } catch (EOFException e) {
                throw cut(e);
            }
        }
    }
}
