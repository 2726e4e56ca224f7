package dev.racecard.patterns.daemonshutdown;

/**
 * RACY. The seeds' background logger used for critical data: the writer is a daemon thread, and
 * main returns once it has submitted its records. The JVM exits as soon as no non-daemon thread
 * is left, killing the writer with records still queued and its buffer unflushed.
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
        // main is done; "the daemon thread will finish in the background"
    }
}
