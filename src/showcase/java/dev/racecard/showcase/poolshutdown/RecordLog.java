package dev.racecard.showcase.poolshutdown;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The file every task appends its record to. Unbuffered: a record is on disk (in the OS's cache,
 * which outlives the process) as soon as its task has written it, so a record missing from the
 * file is one no task wrote. Once the program has closed the log, an append fails.
 */
public final class RecordLog implements AutoCloseable {

    private final OutputStream out;
    private boolean closed;

    public RecordLog(Path file) throws IOException {
        // a FileOutputStream, not a FileChannel: an interrupted writer must lose its own record, not close the log
        this.out = new FileOutputStream(file.toFile());
    }

    public synchronized void append(String record) throws IOException {
        if (closed) {
            throw new IOException("log closed: '" + record + "' lost");
        }
        out.write((record + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        out.close();
    }
}
