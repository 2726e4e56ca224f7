package dev.racecard.showcase.counter;

/**
 * RACY. A common wrong fix: {@code volatile} makes each read and each write visible, but
 * {@code count++} is still two separate accesses, so two threads can read the same value and
 * one increment is lost exactly as in {@link PlainCounter}.
 */
public final class VolatileCounter implements Counter {
    private volatile long count;

    @Override
    public void increment() {
        count++;
    }

    @Override
    public long get() {
        return count;
    }
}
