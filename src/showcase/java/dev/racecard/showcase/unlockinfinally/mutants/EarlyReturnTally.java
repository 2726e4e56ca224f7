package dev.racecard.showcase.unlockinfinally.mutants;

import dev.racecard.showcase.unlockinfinally.Tally;

import java.util.concurrent.locks.ReentrantLock;

/**
 * MUTANT of TryFinallyTally: unlock() at each exit by hand instead of in finally; a shortcut for a
 * zero amount, added later, returns before it.
 */
public final class EarlyReturnTally implements Tally {
    private final ReentrantLock lock = new ReentrantLock();
    private int total;

    @Override
    public void add(int amount) {
        lock.lock();
        if (amount == 0) {
            return;
        }
        if (amount < 0) {
            lock.unlock();
            throw new IllegalArgumentException("negative amount " + amount);
        }
        try {
            total = Math.addExact(total, amount);
        } catch (ArithmeticException e) {
            lock.unlock();
            throw e;
        }
        lock.unlock();
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
