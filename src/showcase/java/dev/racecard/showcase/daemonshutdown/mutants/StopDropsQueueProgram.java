package dev.racecard.showcase.daemonshutdown.mutants;

import dev.racecard.showcase.daemonshutdown.RecordFormat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * MUTANT of SignalledWorkerProgram: the worker loops "while the stop event is not set", as the
 * seed's Event example does, instead of "until it is set and the queue is empty". It closes the
 * file cleanly as soon as it sees the signal, with the records still queued behind it unwritten.
 */
public final class StopDropsQueueProgram {

    private StopDropsQueueProgram() {
    }

    public static void main(String[] args) throws InterruptedException {
        RecordFormat.Job job = RecordFormat.Job.of(args);
        StopAtSignalWriter writer = new StopAtSignalWriter(job.file());
        Thread worker = new Thread(writer, "record-writer");
        worker.setDaemon(false);
        worker.start();
        for (int i = 0; i < job.records(); i++) {
            writer.submit(RecordFormat.record(i));
        }
        writer.stop();
        worker.join();
    }

    /** QueuedRecordWriter with the seed's loop condition. */
    static final class StopAtSignalWriter implements Runnable {
        private final Path file;
        private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        private volatile boolean stopRequested;

        StopAtSignalWriter(Path file) {
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
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                while (!stopRequested) {
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
