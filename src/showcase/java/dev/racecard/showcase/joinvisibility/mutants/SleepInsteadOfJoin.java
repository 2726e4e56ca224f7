package dev.racecard.showcase.joinvisibility.mutants;

import dev.racecard.showcase.joinvisibility.AnswerCollector;
import dev.racecard.showcase.joinvisibility.SquareWorker;

/**
 * MUTANT of JoinedRead: waits a fixed 10 ms, "long enough" on the author's machine, instead of
 * join(); a job that takes longer is read as None, and nothing orders even a set answer.
 */
public final class SleepInsteadOfJoin implements AnswerCollector {
    static final long PAUSE_MILLIS = 10;

    @Override
    public Integer collect(SquareWorker started) throws InterruptedException {
        Thread.sleep(PAUSE_MILLIS);
        return started.answer();
    }
}
