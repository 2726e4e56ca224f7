package dev.racecard.showcase.daemonshutdown;

/**
 * CORRECT. The seed's graceful shutdown: a regular (non-daemon) worker, told to stop by an
 * Event-like signal once main has submitted everything. Two things get every record to disk: the
 * JVM does not exit while a non-daemon thread runs, and the signal follows the last record, so the
 * worker writes the whole queue, then closes the file, then ends. (A new thread inherits its
 * daemon status from the thread that creates it, so the worker says so itself.) The join is the
 * seed's explicit shutdown, and what keeps the data if main ever ends in {@code System.exit}; as
 * long as main returns normally the JVM would wait for the worker without it.
 */
public final class SignalledWorkerProgram {

    private SignalledWorkerProgram() {
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
        writer.stop();
        worker.join();
    }
}
