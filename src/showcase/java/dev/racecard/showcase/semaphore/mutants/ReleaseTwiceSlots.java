package dev.racecard.showcase.semaphore.mutants;

import dev.racecard.showcase.semaphore.CheckThenIncrementSlots;
import dev.racecard.showcase.semaphore.Slots;

import java.util.concurrent.Semaphore;

/**
 * MUTANT of SemaphoreSlots: releases at the end of the task and again in {@code finally}. A
 * Semaphore does not know who holds a permit, so each run adds one: the limit grows with every task.
 */
public final class ReleaseTwiceSlots implements Slots {
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
            permits.release();
        } finally {
            permits.release();
        }
        return true;
    }
}
