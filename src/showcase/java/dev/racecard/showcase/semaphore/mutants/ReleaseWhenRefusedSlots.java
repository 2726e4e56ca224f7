package dev.racecard.showcase.semaphore.mutants;

import dev.racecard.showcase.semaphore.CheckThenIncrementSlots;
import dev.racecard.showcase.semaphore.Slots;

import java.util.concurrent.Semaphore;

/**
 * MUTANT of SemaphoreSlots: the whole body in {@code try}, the release in {@code finally}, so a
 * refused {@code tryAcquire} still releases. A Semaphore does not know who holds a permit
 * ({@code release()} needs no prior acquire, says its javadoc): each refusal adds one, and the
 * limit grows exactly when the resource is busiest.
 */
public final class ReleaseWhenRefusedSlots implements Slots {
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
        try {
            if (!permits.tryAcquire()) {
                return false;
            }
            task.run();
            return true;
        } finally {
            permits.release();
        }
    }
}
