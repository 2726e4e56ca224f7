package dev.racecard.patterns.joinvisibility;

/**
 * RACY. Seed 001's {@code join(timeout=1)}, but then uses the answer without checking
 * {@code is_alive()}: when the timeout expires first, the worker is still running and the
 * answer is not there (and no happens-before edge covers it if it arrives meanwhile).
 */
public final class TimedJoinRead implements AnswerCollector {
    private final long timeoutMillis;

    public TimedJoinRead(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Integer collect(SquareWorker started) throws InterruptedException {
        started.join(timeoutMillis);
        return started.answer;
    }
}
