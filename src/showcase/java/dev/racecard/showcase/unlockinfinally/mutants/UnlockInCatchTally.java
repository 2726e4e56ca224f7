package dev.racecard.showcase.unlockinfinally.mutants;

import dev.racecard.showcase.unlockinfinally.Tally;

import java.util.concurrent.locks.ReentrantLock;

/**
 * MUTANT of TryFinallyTally: releases the lock in a catch of the exception its author expected
 * (a negative amount) and after the work; an overflow's ArithmeticException leaves with the lock held.
 */
public final class UnlockInCatchTally implements Tally {
    private final ReentrantLock lock = new ReentrantLock();
    private int total;

    @Override
    public void add(int amount) {
        lock.lock();
        try {
            if (amount < 0) {
                throw new IllegalArgumentException("negative amount " + amount);
            }
            total = Math.addExact(total, amount);
        } catch (IllegalArgumentException e) {
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
