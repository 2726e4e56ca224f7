package dev.racecard.showcase.counter.mutants;

import dev.racecard.showcase.counter.Counter;

import java.util.concurrent.atomic.AtomicLong;

/**
 * MUTANT of AtomicCounter: an AtomicLong, but {@code set(get() + 1)} instead of one atomic call;
 * each call is atomic, the pair is not.
 */
public final class GetThenSetCounter implements Counter {
    private final AtomicLong count = new AtomicLong();

    @Override
    public void increment() {
        count.set(count.get() + 1);
    }

    @Override
    public long get() {
        return count.get();
    }
}
