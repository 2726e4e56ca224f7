package dev.racecard.patterns.semaphore;

import java.util.concurrent.Semaphore;

/**
 * CORRECT: a {@link Semaphore} with one permit per slot, released in {@code finally} (Python's
 * {@code with semaphore:}): taking a permit is one atomic step, and a task that throws gives its
 * permit back.
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
