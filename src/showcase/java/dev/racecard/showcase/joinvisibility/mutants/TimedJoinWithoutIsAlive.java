package dev.racecard.showcase.joinvisibility.mutants;

import dev.racecard.showcase.joinvisibility.SquareWorker;
import dev.racecard.showcase.joinvisibility.TimedCollector;
import dev.racecard.showcase.joinvisibility.Waited;

/**
 * MUTANT of TimedJoinCheckedRead: join(timeout) and then the answer, the isAlive() check
 * dropped (the racy timed-join-read's code): a job that outlives the timeout gives None.
 */
public final class TimedJoinWithoutIsAlive implements TimedCollector {
    private final long timeoutMillis;

    public TimedJoinWithoutIsAlive(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Waited collect(SquareWorker started) throws InterruptedException {
        started.join(timeoutMillis);
        return Waited.of(started.answer());
    }
}
