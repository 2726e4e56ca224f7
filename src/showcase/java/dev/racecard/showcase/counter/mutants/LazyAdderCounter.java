package dev.racecard.showcase.counter.mutants;

import dev.racecard.showcase.counter.Counter;

import java.util.concurrent.atomic.LongAdder;

/**
 * MUTANT of LongAdderCounter: the adder is created lazily on first use. Two threads that both
 * find it missing each create one, and the increments that went to the losing adder are lost.
 */
public final class LazyAdderCounter implements Counter {
    private LongAdder count;

    @Override
    public void increment() {
        if (count == null) {
            count = new LongAdder();
        }
        count.increment();
    }

    @Override
    public long get() {
        return count == null ? 0 : count.sum();
    }
}
