package dev.racecard.showcase.counter.mutants;

import dev.racecard.showcase.counter.Counter;

/**
 * MUTANT of SynchronizedCounter: synchronizes on a lock object created per call, so no two
 * threads ever hold the same monitor and the increment is as unprotected as a plain one.
 */
public final class FreshLockCounter implements Counter {
    private long count;

    @Override
    public void increment() {
        synchronized (new Object()) {
            count++;
        }
    }

    @Override
    public long get() {
        synchronized (new Object()) {
            return count;
        }
    }
}
