package dev.racecard.showcase.daemonshutdown.mutants;

import dev.racecard.showcase.daemonshutdown.QueuedRecordWriter;
import dev.racecard.showcase.daemonshutdown.RecordFormat;

/**
 * MUTANT of ShutdownHookProgram: the hook stops the writer the usual Java way, by interrupting
 * it, and joins it. But an interrupt is not "no more records are coming": the writer's blocking
 * poll (or its interruptible file channel) gives up at once, and whatever is still queued, and
 * the end marker, never reach the file.
 */
public final class HookInterruptsWriterProgram {

    private HookInterruptsWriterProgram() {
    }

    public static void main(String[] args) {
        RecordFormat.Job job = RecordFormat.Job.of(args);
        QueuedRecordWriter writer = new QueuedRecordWriter(job.file());
        Thread background = new Thread(writer, "record-writer");
        background.setDaemon(true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            background.interrupt();
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
