package dev.racecard.showcase.daemonshutdown;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.daemonshutdown.mutants.ExitWithoutJoinProgram;
import dev.racecard.showcase.daemonshutdown.mutants.HookInterruptsWriterProgram;
import dev.racecard.showcase.daemonshutdown.mutants.HookJoinsUnsignalledProgram;
import dev.racecard.showcase.daemonshutdown.mutants.HookTimedJoinProgram;
import dev.racecard.showcase.daemonshutdown.mutants.HookWithoutJoinProgram;
import dev.racecard.showcase.daemonshutdown.mutants.StopDropsQueueProgram;
import dev.racecard.showcase.daemonshutdown.mutants.UnflushedWrapperProgram;
import dev.racecard.showcase.daemonshutdown.mutants.UnsignalledWorkerProgram;

import static dev.racecard.catalog.Tool.CHILD_JVM;

/**
 * Seeds 000/001/003/004: daemon threads are killed at exit. Only a real JVM exit shows it, so the
 * evidence comes from child JVMs: jcstress and Lincheck never see a process end. Each variant is a
 * whole program, run by DaemonShutdownExperiment; a mutant is another whole program, run in its
 * variant's place.
 */
public final class DaemonShutdownEntry {

    public static final Pattern PATTERN = Racecard.pattern("daemon-shutdown", "Daemon thread at shutdown",
                    "A daemon thread is killed when main returns, losing the data it had not written yet; "
                            + "a signalled, joined worker (or a shutdown hook) gets everything to disk.")
            .seed(Seed.SEED_000.quote(97, 111, "Daemon threads", """
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
                    main()"""))
            .seed(Seed.SEED_003.quote(20, 26, "Daemon Threads vs Regular Threads", """
                    Daemon Threads vs Regular Threads
                    Python threads can be marked as daemon threads:
                    Daemon threads are stopped abruptly when the main program exits. They are useful for nonessential background activity, but they are a poor choice for work that must flush files, finish network operations, or release resources cleanly.
                    For most application logic, regular threads plus explicit shutdown are safer.
                    Graceful Shutdown with Event
                    Long-running threads should listen for a stop signal.
                    This is much better than killing the process and hoping the thread was in a safe place to stop."""))
            .seed(Seed.SEED_003.quote(41, 41, "Common Pitfalls", """
                    Using daemon threads for critical work can lose data because the interpreter may exit before cleanup finishes."""))
            .racy("daemon-writer", DaemonWriterProgram.class,
                    "A daemon writer thread persists records through a buffered writer; main submits "
                            + "them, signals that no more are coming and returns. The JVM exits without "
                            + "waiting for the writer: whatever it has not written and closed by then is lost.")
                .childJvm(DaemonShutdownExperiment.class)
                .critical("background.setDaemon(true)")
            .correct("signalled-worker", SignalledWorkerProgram.class,
                    "A regular (non-daemon) worker, stopped by an Event-like volatile flag after the last "
                            + "record: the JVM waits for it while it writes the queue, flushes and closes. "
                            + "The join is the seed's explicit shutdown; not what keeps the data here.")
                .childJvm(DaemonShutdownExperiment.class)
                // what makes it correct: the JVM waits for a non-daemon thread, and the signal comes
                // after the last record; removing worker.join() changes nothing on disk
                .critical("worker.setDaemon(false)", "writer.stop()")
                .mutant(Mutant.of("exit-without-join", ExitWithoutJoinProgram.class,
                        "ends main with System.exit(0) instead of joining the worker: exit halts non-daemon "
                                + "threads too", CHILD_JVM))
                .mutant(Mutant.of("stop-drops-queue", StopDropsQueueProgram.class,
                        "the worker loops 'while not stopped', as the seed's Event example does, and closes the "
                                + "file with records still queued", CHILD_JVM))
                .mutant(Mutant.of("unflushed-wrapper", UnflushedWrapperProgram.class,
                        "try-with-resources closes the file stream, not the BufferedWriter wrapped around it, so "
                                + "its last buffer is never flushed", CHILD_JVM))
                // a hang costs the whole child-JVM timeout
                .mutant(Mutant.of("never-signalled", UnsignalledWorkerProgram.class,
                        "joins the worker but never sets the stop signal: the program never exits", CHILD_JVM)
                        .onlyInThoroughRuns())
            .correct("shutdown-hook", ShutdownHookProgram.class,
                    "The daemon writer plus a shutdown hook that signals it and joins it, so the JVM "
                            + "cannot halt before the file is closed.")
                .childJvm(DaemonShutdownExperiment.class)
                .critical("addShutdownHook", "writer.stop()", "background.join()")
                .mutant(Mutant.of("hook-without-join", HookWithoutJoinProgram.class,
                        "the hook signals the writer but does not join it, so the JVM halts as soon as the hook "
                                + "returns", CHILD_JVM))
                .mutant(Mutant.of("hook-interrupts", HookInterruptsWriterProgram.class,
                        "the hook interrupts the writer instead of signalling it: the queued records and the end "
                                + "marker are dropped", CHILD_JVM))
                .mutant(Mutant.of("hook-timed-join", HookTimedJoinProgram.class,
                        "the hook joins the writer with a 100 ms timeout and never checks isAlive(): a longer "
                                + "backlog is cut off", CHILD_JVM))
                // a hang costs the whole child-JVM timeout
                .mutant(Mutant.of("hook-joins-unsignalled", HookJoinsUnsignalledProgram.class,
                        "the hook joins the writer but never signals it: the JVM never finishes exiting", CHILD_JVM)
                        .onlyInThoroughRuns())
            .build();

    private DaemonShutdownEntry() {
    }
}
