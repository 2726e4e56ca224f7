package dev.racecard.showcase.counter.mutants;

import dev.racecard.showcase.counter.Counter;

/**
 * MUTANT of SynchronizedCounter: every access is under the lock, but the read and the write of
 * {@code count + 1} take it separately, so another increment fits between them and is lost.
 */
public final class SplitLockCounter implements Counter {
    private long count;

    @Override
    public void increment() {
        long read;
        synchronized (this) {
            read = count;
        }
        synchronized (this) {
            count = read + 1;
        }
    }

    @Override
    public synchronized long get() {
        return count;
    }
}
