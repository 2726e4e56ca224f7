package dev.racecard.showcase.daemonshutdown;

/**
 * CORRECT. Keeps the daemon writer, but registers a shutdown hook that signals it and waits for
 * it: the JVM runs hooks to completion before it halts, so the queue is written and the file
 * closed even though main never joins the writer.
 */
public final class ShutdownHookProgram {

    private ShutdownHookProgram() {
    }

    public static void main(String[] args) {
        RecordFormat.Job job = RecordFormat.Job.of(args);
        QueuedRecordWriter writer = new QueuedRecordWriter(job.file());
        Thread background = new Thread(writer, "record-writer");
        background.setDaemon(true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            writer.stop();
            try {
                background.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "flush-on-exit"));
        background.start();
        for (int i = 0; i < job.records(); i++) {
            writer.submit(RecordFormat.record(i));
        }
    }
}
