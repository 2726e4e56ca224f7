package dev.racecard.showcase.semaphore;

import java.util.concurrent.Semaphore;

/**
 * CORRECT: a {@link Semaphore} with one permit per slot, taken with {@code tryAcquire()} and released
 * in {@code finally} once taken: taking a permit is one atomic step, and a task that throws gives its
 * permit back. A caller that finds every slot taken is refused at once and never waits: Python's
 * {@code if sem.acquire(blocking=False): try: ... finally: sem.release()}, not the blocking
 * {@code with sem:} (the seed names the Semaphore only as "Limits access to a fixed number of
 * resources").
 */
public final class SemaphoreSlots implements Slots {
    private final Semaphore permits = new Semaphore(CheckThenIncrementSlots.LIMIT);

    @Override
    public boolean tryAcquire() {
        return permits.tryAcquire();
    }

    @Override
    public void release() {
        permits.release();
    }

    @Override
    public boolean tryRun(Runnable task) {
        if (!permits.tryAcquire()) {
            return false;
        }
        try {
            task.run();
        } finally {
            permits.release();
        }
        return true;
    }
}
