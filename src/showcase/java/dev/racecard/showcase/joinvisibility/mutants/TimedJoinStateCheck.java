package dev.racecard.showcase.joinvisibility.mutants;

import dev.racecard.showcase.joinvisibility.SquareWorker;
import dev.racecard.showcase.joinvisibility.TimedCollector;
import dev.racecard.showcase.joinvisibility.Waited;

/**
 * MUTANT of TimedJoinCheckedRead: after join(timeout) it asks whether the worker is still
 * RUNNABLE instead of whether it is alive; a worker blocked in its job (sleeping, waiting on I/O)
 * is TIMED_WAITING or BLOCKED, alive but not running, and its missing answer is used as None.
 */
public final class TimedJoinStateCheck implements TimedCollector {
    private final long timeoutMillis;

    public TimedJoinStateCheck(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Waited collect(SquareWorker started) throws InterruptedException {
        started.join(timeoutMillis);
        if (started.getState() != Thread.State.RUNNABLE) {
            return Waited.of(started.answer());
        }
        return Waited.workerStillRunning();
    }
}
