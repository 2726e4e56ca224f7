package dev.racecard.showcase.counter.mutants;

import dev.racecard.showcase.counter.Counter;

import java.util.concurrent.atomic.LongAccumulator;

/**
 * MUTANT of LongAdderCounter: a contention-friendly LongAccumulator keeping the maximum, fed
 * {@code get() + 1}; two threads that read the same value both accumulate the same maximum, and
 * one increment is lost, as with get-then-set.
 */
public final class AccumulateMaxCounter implements Counter {
    private final LongAccumulator count = new LongAccumulator(Long::max, 0);

    @Override
    public void increment() {
        count.accumulate(count.get() + 1);
    }

    @Override
    public long get() {
        return count.get();
    }
}
