package dev.racecard.showcase.daemonshutdown.mutants;

import dev.racecard.showcase.daemonshutdown.QueuedRecordWriter;
import dev.racecard.showcase.daemonshutdown.RecordFormat;

/**
 * MUTANT of ShutdownHookProgram: the hook joins the writer so that the JVM waits for it, but
 * never tells it that no more records are coming. The writer waits for records forever, the hook
 * waits for the writer, and the JVM never finishes exiting.
 */
public final class HookJoinsUnsignalledProgram {

    private HookJoinsUnsignalledProgram() {
    }

    public static void main(String[] args) {
        RecordFormat.Job job = RecordFormat.Job.of(args);
        QueuedRecordWriter writer = new QueuedRecordWriter(job.file());
        Thread background = new Thread(writer, "record-writer");
        background.setDaemon(true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
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
