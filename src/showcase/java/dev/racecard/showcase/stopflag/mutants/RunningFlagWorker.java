package dev.racecard.showcase.stopflag.mutants;

import dev.racecard.showcase.stopflag.StoppableWorker;
import dev.racecard.showcase.stopflag.WorkUnit;

/**
 * MUTANT of VolatileFlagWorker: the common "running" form of the flag, set to true at the top of
 * run() and to false by the stop. Volatile, so a stop while the loop runs is seen; but a stop
 * requested before the worker thread got to run() (main starts it and stops it at once, as a
 * program that is shut down right after start-up does) is overwritten by running = true, and the
 * worker never stops.
 */
public final class RunningFlagWorker implements StoppableWorker {
    private volatile boolean running;
    private long units;
    private long checksum;

    @Override
    public void run() {
        running = true;
        while (running) {
            checksum = WorkUnit.next(checksum, units);
            units++;
        }
    }

    @Override
    public void requestStop(Thread worker) {
        running = false;
    }

    @Override
    public long unitsDone() {
        return units;
    }
}
