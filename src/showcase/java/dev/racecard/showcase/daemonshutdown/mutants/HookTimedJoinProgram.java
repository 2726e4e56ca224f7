package dev.racecard.showcase.daemonshutdown.mutants;

import dev.racecard.showcase.daemonshutdown.QueuedRecordWriter;
import dev.racecard.showcase.daemonshutdown.RecordFormat;

/**
 * MUTANT of ShutdownHookProgram: the hook signals the writer and joins it, but with a timeout, so
 * that a stuck writer cannot hold up shutdown; it never checks {@code isAlive()} afterwards. When
 * the queue takes longer to write than the timeout, the hook returns and the JVM halts under the
 * writer.
 */
public final class HookTimedJoinProgram {

    /** "a shutdown hook must be quick" */
    static final long JOIN_MILLIS = 100;

    private HookTimedJoinProgram() {
    }

    public static void main(String[] args) {
        RecordFormat.Job job = RecordFormat.Job.of(args);
        QueuedRecordWriter writer = new QueuedRecordWriter(job.file());
        Thread background = new Thread(writer, "record-writer");
        background.setDaemon(true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            writer.stop();
            try {
                background.join(JOIN_MILLIS);
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
