package dev.racecard.showcase.counter;

import java.util.concurrent.atomic.LongAdder;

/**
 * CORRECT. Contended increments go to per-thread cells, so none is lost; {@link #get()} sums the
 * cells, which is exact once the incrementing threads have been joined (as in the seed).
 */
public final class LongAdderCounter implements Counter {
    private final LongAdder count = new LongAdder();

    @Override
    public void increment() {
        count.increment();
    }

    @Override
    public long get() {
        return count.sum();
    }
}
