package dev.racecard.showcase.unlockinfinally;

import java.util.concurrent.locks.ReentrantLock;

/** CORRECT: unlock() in finally, Python's {@code with lock:}: released on every way out. */
public final class TryFinallyTally implements Tally {
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
