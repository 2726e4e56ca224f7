package dev.racecard.patterns.counter.mutants;

import dev.racecard.patterns.counter.Counter;

import java.util.concurrent.atomic.LongAdder;

/**
 * MUTANT of LongAdderCounter: keeps a cached total so reads are cheap, refreshed after each
 * increment; a thread that summed before another's increment can store its older total last.
 */
public final class CachedSumCounter implements Counter {
    private final LongAdder count = new LongAdder();
    private volatile long total;

    @Override
    public void increment() {
        count.increment();
        total = count.sum();
    }

    @Override
    public long get() {
        return total;
    }
}
