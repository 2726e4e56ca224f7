package dev.racecard.showcase.daemonshutdown.mutants;

import dev.racecard.showcase.daemonshutdown.RecordFormat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * MUTANT of SignalledWorkerProgram: shutdown is right (regular worker, signalled after the last
 * record, joined), but the worker's try-with-resources closes the file stream it opened, not the
 * buffered writer it wrapped around it. Closing the stream does not flush the wrapper: the last
 * buffer of records, and the end marker, never reach the disk.
 */
public final class UnflushedWrapperProgram {

    private UnflushedWrapperProgram() {
    }

    public static void main(String[] args) throws InterruptedException {
        RecordFormat.Job job = RecordFormat.Job.of(args);
        WrapperLeakingWriter writer = new WrapperLeakingWriter(job.file());
        Thread worker = new Thread(writer, "record-writer");
        worker.setDaemon(false);
        worker.start();
        for (int i = 0; i < job.records(); i++) {
            writer.submit(RecordFormat.record(i));
        }
        writer.stop();
        worker.join();
    }

    /** QueuedRecordWriter, but with the resource block around the wrong stream. */
    static final class WrapperLeakingWriter implements Runnable {
        private final Path file;
        private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        private volatile boolean stopRequested;

        WrapperLeakingWriter(Path file) {
            this.file = file;
        }

        void submit(String record) {
            queue.add(record);
        }

        void stop() {
            stopRequested = true;
        }

        @Override
        public void run() {
            try (OutputStream raw = Files.newOutputStream(file)) {
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8));
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
}
