package dev.racecard.showcase.semaphore.mutants;

import dev.racecard.showcase.semaphore.CheckThenIncrementSlots;
import dev.racecard.showcase.semaphore.Slots;

import java.util.concurrent.Semaphore;

/**
 * MUTANT of SemaphoreSlots: releases the permit after the task, not in {@code finally}. A task
 * that throws keeps its permit for ever, and the resource shrinks until nobody gets in.
 */
public final class ReleaseOutsideFinallySlots implements Slots {
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
        task.run();
        permits.release();
        return true;
    }
}
