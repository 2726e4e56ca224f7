package dev.racecard.showcase.daemonshutdown;

/**
 * RACY. The seeds' background logger used for critical data: the writer is a daemon thread. Main
 * submits its records, tells the writer that no more are coming, and returns, trusting that "the
 * daemon thread will finish in the background". Given the time, the writer would write the queue,
 * the end marker and close the file; but the JVM exits as soon as no non-daemon thread is left,
 * and stops the writer wherever it is: records still queued, its buffer unflushed.
 */
public final class DaemonWriterProgram {

    private DaemonWriterProgram() {
    }

    public static void main(String[] args) {
        RecordFormat.Job job = RecordFormat.Job.of(args);
        QueuedRecordWriter writer = new QueuedRecordWriter(job.file());
        Thread background = new Thread(writer, "record-writer");
        background.setDaemon(true);
        background.start();
        for (int i = 0; i < job.records(); i++) {
            writer.submit(RecordFormat.record(i));
        }
        writer.stop();
        // main is done; "the daemon thread will finish in the background"
    }
}
