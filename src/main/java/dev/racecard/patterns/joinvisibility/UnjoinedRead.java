package dev.racecard.patterns.joinvisibility;

/**
 * RACY. Reads the answer without {@code join()}: the worker may not have run yet (None), and
 * without a happens-before edge even a finished worker's write need not be visible.
 */
public final class UnjoinedRead implements AnswerCollector {
    @Override
    public Integer collect(SquareWorker started) {
        return started.answer;
    }
}
