package dev.racecard.showcase.joinvisibility;

/**
 * RACY. Seed 001's {@code join(timeout=1)}, but then uses the answer without checking
 * {@code is_alive()}: when the job outlives the timeout, the worker is still running and main
 * carries on with None as if it were the answer (and no happens-before edge covers an answer
 * that arrives meanwhile).
 */
public final class TimedJoinRead implements TimedCollector {
    private final long timeoutMillis;

    public TimedJoinRead(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Waited collect(SquareWorker started) throws InterruptedException {
        started.join(timeoutMillis);
        return Waited.of(started.answer);
    }
}
