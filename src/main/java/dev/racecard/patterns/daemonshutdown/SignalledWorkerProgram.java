package dev.racecard.patterns.daemonshutdown;

/**
 * CORRECT. The seed's graceful shutdown: a regular (non-daemon) worker, told to stop by an
 * Event-like signal once main has submitted everything, then joined. The worker writes what is
 * queued, flushes and closes before main returns.
 */
public final class SignalledWorkerProgram {

    private SignalledWorkerProgram() {
    }

    public static void main(String[] args) throws InterruptedException {
        RecordFormat.Job job = RecordFormat.Job.of(args);
        QueuedRecordWriter writer = new QueuedRecordWriter(job.file());
        Thread worker = new Thread(writer, "record-writer");
        worker.start();
        for (int i = 0; i < job.records(); i++) {
            writer.submit(RecordFormat.record(i));
        }
        writer.stop();
        worker.join();
    }
}
