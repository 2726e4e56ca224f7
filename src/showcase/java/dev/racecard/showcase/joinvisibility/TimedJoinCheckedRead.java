package dev.racecard.showcase.joinvisibility;

/**
 * CORRECT. Seed 001's {@code join(timeout=1)} followed by {@code if thread.is_alive():}: the
 * answer is used only once {@code isAlive()} says the worker has terminated (its termination
 * happens-before isAlive() returning false, so the answer is set and visible); otherwise main
 * reports that the worker is still running.
 */
public final class TimedJoinCheckedRead implements TimedCollector {
    private final long timeoutMillis;

    public TimedJoinCheckedRead(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Waited collect(SquareWorker started) throws InterruptedException {
        started.join(timeoutMillis);
        if (!started.isAlive()) {
            return Waited.of(started.answer);
        }
        return Waited.workerStillRunning();
    }
}
