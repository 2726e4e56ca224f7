package dev.racecard.showcase.stopflag;

/**
 * RACY. Seed 004's {@code while not stop_thread.is_set()} written with a plain {@code boolean}:
 * main sets it, the worker polls it between units of work. Nothing makes the worker re-read a
 * plain field it never writes, so once the JIT compiles the loop it may read the flag once,
 * before the loop, and never again: the worker never stops and main's join() never returns.
 * (Effective Java's item 78 example; the Python seed's loop sleeps and prints between checks,
 * which hides this in Java too, but a Java background loop is as often a tight computation.)
 */
public final class PlainFlagWorker implements StoppableWorker {
    private boolean stopRequested;
    private long units;
    private long checksum;

    @Override
    public void run() {
        while (!stopRequested) {
            checksum = WorkUnit.next(checksum, units);
            units++;
        }
    }

    @Override
    public void requestStop(Thread worker) {
        stopRequested = true;
    }

    @Override
    public long unitsDone() {
        return units;
    }
}
