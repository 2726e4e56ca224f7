package dev.racecard.showcase.unlockinfinally.mutants;

import dev.racecard.showcase.unlockinfinally.Tally;

import java.util.concurrent.locks.ReentrantLock;

/**
 * MUTANT of TryFinallyTally: the try/finally wraps only the arithmetic, and the check of the
 * amount, added later, sits between lock() and try: a bad amount throws with the lock held.
 */
public final class CheckBeforeTryTally implements Tally {
    private final ReentrantLock lock = new ReentrantLock();
    private int total;

    @Override
    public void add(int amount) {
        lock.lock();
        if (amount < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        try {
            total = Math.addExact(total, amount);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int total() {
        lock.lock();
        try {
            return total;
        } finally {
            lock.unlock();
        }
    }
}
