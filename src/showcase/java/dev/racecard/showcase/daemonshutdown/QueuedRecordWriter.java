package dev.racecard.showcase.daemonshutdown;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The background writer of every variant, like the seeds' logger thread: the main thread submits
 * records, this thread persists them through a buffered writer. {@link #stop()} is the seeds'
 * {@code Event}: "no more records are coming; write what is queued, close the file and return".
 */
public final class QueuedRecordWriter implements Runnable {

    private final Path file;
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private volatile boolean stopRequested;

    public QueuedRecordWriter(Path file) {
        this.file = file;
    }

    public void submit(String record) {
        queue.add(record);
    }

    public void stop() {
        stopRequested = true;
    }

    @Override
    public void run() {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            // stop() follows the last submit(), so once it is seen, an empty queue is a complete one:
            // write what is queued, then close; never sooner, and never later than the signal needs
            while (!stopRequested || !queue.isEmpty()) {
                String record = queue.poll(10, TimeUnit.MILLISECONDS);
                if (record != null) {
                    out.write(record);
                    out.newLine();
                }
            }
            out.write(RecordFormat.END);
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
