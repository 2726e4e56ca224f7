package dev.racecard.showcase.stopflag.mutants;

import dev.racecard.showcase.stopflag.StoppableWorker;
import dev.racecard.showcase.stopflag.WorkUnit;

/**
 * MUTANT of InterruptedWorker: the worker works in batches and, to stop promptly, also leaves a
 * batch early when interrupted, asking with the static Thread.interrupted(), which returns the
 * status and clears it. The batch ends, the loop's isInterrupted() then sees a cleared status,
 * and the worker carries on with the next batch for ever.
 */
public final class InterruptedClearsWorker implements StoppableWorker {
    static final int BATCH = 1_000;
    private long units;
    private long checksum;

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            for (int i = 0; i < BATCH; i++) {
                if (Thread.interrupted()) {
                    break;
                }
                checksum = WorkUnit.next(checksum, units);
                units++;
            }
        }
    }

    @Override
    public void requestStop(Thread worker) {
        worker.interrupt();
    }

    @Override
    public long unitsDone() {
        return units;
    }
}
