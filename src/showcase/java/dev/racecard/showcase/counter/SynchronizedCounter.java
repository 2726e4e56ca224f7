package dev.racecard.showcase.counter;

/**
 * CORRECT. The seed's {@code with lock: counter += 1}: the read-add-write runs under one monitor,
 * so no other increment can interleave, and {@link #get()} takes the same monitor to see them all.
 */
public final class SynchronizedCounter implements Counter {
    private long count;

    @Override
    public synchronized void increment() {
        count++;
    }

    @Override
    public synchronized long get() {
        return count;
    }
}
