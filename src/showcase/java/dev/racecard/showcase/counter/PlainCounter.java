package dev.racecard.showcase.counter;

/**
 * RACY. The direct translation of {@code counter += 1}: {@code count++} is a read, an add and a
 * write. Two threads that both read the same value both write value + 1, and one increment is lost.
 */
public final class PlainCounter implements Counter {
    private long count;

    @Override
    public void increment() {
        count++;
    }

    @Override
    public long get() {
        return count;
    }
}
