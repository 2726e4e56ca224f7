package dev.racecard.showcase.daemonshutdown.mutants;

import dev.racecard.showcase.daemonshutdown.QueuedRecordWriter;
import dev.racecard.showcase.daemonshutdown.RecordFormat;

/**
 * MUTANT of SignalledWorkerProgram: the worker is a regular thread and is joined, but main never
 * sets the stop signal. The worker waits for records forever, main waits for the worker, and the
 * program never exits.
 */
public final class UnsignalledWorkerProgram {

    private UnsignalledWorkerProgram() {
    }

    public static void main(String[] args) throws InterruptedException {
        RecordFormat.Job job = RecordFormat.Job.of(args);
        QueuedRecordWriter writer = new QueuedRecordWriter(job.file());
        Thread worker = new Thread(writer, "record-writer");
        worker.setDaemon(false);
        worker.start();
        for (int i = 0; i < job.records(); i++) {
            writer.submit(RecordFormat.record(i));
        }
        worker.join();
    }
}
