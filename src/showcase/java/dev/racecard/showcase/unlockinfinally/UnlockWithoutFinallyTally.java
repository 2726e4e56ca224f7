package dev.racecard.showcase.unlockinfinally;

import java.util.concurrent.locks.ReentrantLock;

/**
 * RACY: lock(), the work, unlock(), in a straight line. When the work throws, unlock() never runs:
 * the lock stays held by a thread that has moved on, and the next caller from any other thread
 * waits for ever (the same thread gets in again: a ReentrantLock counts, which hides the bug).
 */
public final class UnlockWithoutFinallyTally implements Tally {
    private final ReentrantLock lock = new ReentrantLock();
    private int total;

    @Override
    public void add(int amount) {
        lock.lock();
        if (amount < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        total = Math.addExact(total, amount);
        lock.unlock();
    }

    @Override
    public int total() {
        lock.lock();
        int t = total;
        lock.unlock();
        return t;
    }
}
