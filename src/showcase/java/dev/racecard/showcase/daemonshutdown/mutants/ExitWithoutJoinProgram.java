package dev.racecard.showcase.daemonshutdown.mutants;

import dev.racecard.showcase.daemonshutdown.QueuedRecordWriter;
import dev.racecard.showcase.daemonshutdown.RecordFormat;

/**
 * MUTANT of SignalledWorkerProgram: main signals the worker and ends, as command-line programs
 * often do, with {@code System.exit(0)} instead of joining it. The worker is not a daemon, but
 * that only makes the JVM wait when main returns: {@code System.exit} halts every thread, and the
 * worker with them.
 */
public final class ExitWithoutJoinProgram {

    private ExitWithoutJoinProgram() {
    }

    public static void main(String[] args) {
        RecordFormat.Job job = RecordFormat.Job.of(args);
        QueuedRecordWriter writer = new QueuedRecordWriter(job.file());
        Thread worker = new Thread(writer, "record-writer");
        worker.setDaemon(false);
        worker.start();
        for (int i = 0; i < job.records(); i++) {
            writer.submit(RecordFormat.record(i));
        }
        writer.stop();
        System.exit(0);
    }
}
