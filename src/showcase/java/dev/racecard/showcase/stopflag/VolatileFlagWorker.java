package dev.racecard.showcase.stopflag;

/**
 * CORRECT. The same loop on a {@code volatile} flag, the Java counterpart of the seed's Event:
 * every check reads memory, and main's write is visible to the next check. A stop requested
 * before the worker reaches its loop is kept: the loop then ends before its first unit.
 */
public final class VolatileFlagWorker implements StoppableWorker {
    private volatile boolean stopRequested;
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
