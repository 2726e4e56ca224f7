package dev.racecard.showcase.stopflag.mutants;

import dev.racecard.showcase.stopflag.StoppableWorker;
import dev.racecard.showcase.stopflag.WorkUnit;

/**
 * MUTANT of InterruptedWorker: the worker pauses for a millisecond after every batch of units, so
 * as not to hog a core, and swallows the InterruptedException the pause may throw, trusting the
 * loop's isInterrupted() check to stop it. But the exception is how the interrupt arrives during
 * the pause, and throwing it cleared the status: an interrupt that lands in the pause (most of
 * them) is lost, and the worker never stops.
 */
public final class SwallowedInterruptWorker implements StoppableWorker {
    static final int BATCH = 1_000;
    private long units;
    private long checksum;

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            checksum = WorkUnit.next(checksum, units);
            units++;
            if (units % BATCH == 0) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    // the loop's check stops us
                }
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
