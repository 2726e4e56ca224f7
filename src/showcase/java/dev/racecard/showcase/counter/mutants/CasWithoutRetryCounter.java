package dev.racecard.showcase.counter.mutants;

import dev.racecard.showcase.counter.Counter;

import java.util.concurrent.atomic.AtomicLong;

/**
 * MUTANT of AtomicCounter: a hand-written compare-and-set that ignores its result instead of
 * retrying, so an increment that loses the race is silently dropped.
 */
public final class CasWithoutRetryCounter implements Counter {
    private final AtomicLong count = new AtomicLong();

    @Override
    public void increment() {
        long current = count.get();
        count.compareAndSet(current, current + 1);
    }

    @Override
    public long get() {
        return count.get();
    }
}
