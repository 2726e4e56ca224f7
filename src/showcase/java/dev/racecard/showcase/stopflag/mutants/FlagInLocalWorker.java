package dev.racecard.showcase.stopflag.mutants;

import dev.racecard.showcase.stopflag.StoppableWorker;
import dev.racecard.showcase.stopflag.WorkUnit;

/**
 * MUTANT of VolatileFlagWorker: the flag is volatile, but the worker copies it into a local before
 * its loop, as one does with fields used in a hot loop. The loop then checks the copy, which never
 * changes: a stop requested once the worker has started is never seen. By hand, this is exactly
 * what the JIT is allowed to do to the plain flag.
 */
public final class FlagInLocalWorker implements StoppableWorker {
    private volatile boolean stopRequested;
    private long units;
    private long checksum;

    @Override
    public void run() {
        boolean stopping = stopRequested;
        while (!stopping) {
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
