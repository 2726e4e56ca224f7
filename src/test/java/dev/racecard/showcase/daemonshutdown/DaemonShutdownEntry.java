package dev.racecard.showcase.daemonshutdown;

import dev.racecard.catalog.*;
import dev.racecard.showcase.Entries;
import dev.racecard.showcase.Seed;

import java.util.List;

import static dev.racecard.catalog.VariantKind.CORRECT;
import static dev.racecard.catalog.VariantKind.RACY;

/**
 * Seeds 000/001/003/004: daemon threads are killed at exit. Only a real JVM exit shows it, so the
 * evidence comes from child JVMs: jcstress and Lincheck never see a process end.
 */
public final class DaemonShutdownEntry {

    private static final String PACKAGE = Entries.PATTERNS + "daemonshutdown.";
    
    public static final Pattern PATTERN = new Pattern(
            "daemon-shutdown",
            "Daemon thread at shutdown",
            "A daemon thread is killed when main returns, losing the data it had not written yet; "
                    + "a signalled, joined worker (or a shutdown hook) gets everything to disk.",
            List.of(
                    Seed.SEED_000.quote(97, 111, "Daemon threads", """
                            def main():
                            \"""Main program with a daemon thread.\"""
                            # Create a daemon thread
                            logger = threading.Thread(target=background_logger, daemon=True)
                            logger.start()

                            # Main program does some work
                            print("Main program working...")
                            time.sleep(3)
                            print("Main program done")
                            # When main exits, Python terminates the daemon thread
                            # without waiting for it to finish

                            if __name__ == "__main__":
                            main()"""),
                    Seed.SEED_003.quote(20, 26, "Daemon Threads vs Regular Threads", """
                            Daemon Threads vs Regular Threads
                            Python threads can be marked as daemon threads:
                            Daemon threads are stopped abruptly when the main program exits. They are useful for nonessential background activity, but they are a poor choice for work that must flush files, finish network operations, or release resources cleanly.
                            For most application logic, regular threads plus explicit shutdown are safer.
                            Graceful Shutdown with Event
                            Long-running threads should listen for a stop signal.
                            This is much better than killing the process and hoping the thread was in a safe place to stop."""),
                    Seed.SEED_003.quote(41, 41, "Common Pitfalls", """
                            Using daemon threads for critical work can lose data because the interpreter may exit before cleanup finishes.""")),
            List.of(
                    program("daemon-writer", RACY, "DaemonWriterProgram",
                            "A daemon writer thread persists records through a buffered writer; main submits "
                                    + "them, signals that no more are coming and returns. The JVM exits without "
                                    + "waiting for the writer: whatever it has not written and closed by then is lost.")
                            .markingCritical("background.setDaemon(true)"),
                    program("signalled-worker", CORRECT, "SignalledWorkerProgram",
                            "A regular (non-daemon) worker, stopped by an Event-like volatile flag after the last "
                                    + "record: the JVM waits for it while it writes the queue, flushes and closes. "
                                    + "The join is the seed's explicit shutdown; not what keeps the data here.")
                            // what makes it correct: the JVM waits for a non-daemon thread, and the signal
                            // comes after the last record; removing worker.join() changes nothing on disk
                            .markingCritical("worker.setDaemon(false)", "writer.stop()")
                            .withMutants(
                                    mutant("exit-without-join", "ExitWithoutJoinProgram",
                                            "ends main with System.exit(0) instead of joining the worker: exit "
                                                    + "halts non-daemon threads too"),
                                    mutant("stop-drops-queue", "StopDropsQueueProgram",
                                            "the worker loops 'while not stopped', as the seed's Event example does, "
                                                    + "and closes the file with records still queued"),
                                    mutant("unflushed-wrapper", "UnflushedWrapperProgram",
                                            "try-with-resources closes the file stream, not the BufferedWriter "
                                                    + "wrapped around it, so its last buffer is never flushed"),
                                    mutant("never-signalled", "UnsignalledWorkerProgram",
                                            "joins the worker but never sets the stop signal: the program never exits")
                                            // a hang costs the whole child-JVM timeout
                                            .onlyInThoroughRuns()),
                    program("shutdown-hook", CORRECT, "ShutdownHookProgram",
                            "The daemon writer plus a shutdown hook that signals it and joins it, so the JVM "
                                    + "cannot halt before the file is closed.")
                            .markingCritical("addShutdownHook", "writer.stop()", "background.join()")
                            .withMutants(
                                    mutant("hook-without-join", "HookWithoutJoinProgram",
                                            "the hook signals the writer but does not join it, so the JVM halts "
                                                    + "as soon as the hook returns"),
                                    mutant("hook-interrupts", "HookInterruptsWriterProgram",
                                            "the hook interrupts the writer instead of signalling it: the queued "
                                                    + "records and the end marker are dropped"),
                                    mutant("hook-timed-join", "HookTimedJoinProgram",
                                            "the hook joins the writer with a 100 ms timeout and never checks "
                                                    + "isAlive(): a longer backlog is cut off"),
                                    mutant("hook-joins-unsignalled", "HookJoinsUnsignalledProgram",
                                            "the hook joins the writer but never signals it: the JVM never "
                                                    + "finishes exiting")
                                            // a hang costs the whole child-JVM timeout
                                            .onlyInThoroughRuns())));

    private DaemonShutdownEntry() {
    }

    /**
     * Each variant is a whole program, run in child JVMs by DaemonShutdownExperiment under one test
     * id per variant, which its mutants share when they run in its place.
     */
    private static Variant program(String id, VariantKind kind, String className, String summary) {
        return new Variant(id, kind, PACKAGE + className, summary,
                List.of(Entries.childJvm(Entries.STRESS + "daemonshutdown.DaemonShutdownExperiment#" + id)));
    }

    /** A mistake in a correct program: another whole program, run in its place in the child JVM. */
    private static Mutant mutant(String id, String className, String mistake) {
        return Mutant.of(id, PACKAGE + "mutants." + className, mistake, Tool.CHILD_JVM);
    }
}
