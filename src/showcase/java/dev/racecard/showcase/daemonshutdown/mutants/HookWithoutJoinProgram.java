package dev.racecard.showcase.daemonshutdown.mutants;

import dev.racecard.showcase.daemonshutdown.QueuedRecordWriter;
import dev.racecard.showcase.daemonshutdown.RecordFormat;

/**
 * MUTANT of ShutdownHookProgram: the hook signals the writer but does not wait for it. The hook
 * returns at once, the JVM halts, and the daemon writer is stopped wherever it was; the signal
 * alone keeps nothing alive.
 */
public final class HookWithoutJoinProgram {

    private HookWithoutJoinProgram() {
    }

    public static void main(String[] args) {
        RecordFormat.Job job = RecordFormat.Job.of(args);
        QueuedRecordWriter writer = new QueuedRecordWriter(job.file());
        Thread background = new Thread(writer, "record-writer");
        background.setDaemon(true);
        Runtime.getRuntime().addShutdownHook(new Thread(writer::stop, "flush-on-exit"));
        background.start();
        for (int i = 0; i < job.records(); i++) {
            writer.submit(RecordFormat.record(i));
        }
    }
}
