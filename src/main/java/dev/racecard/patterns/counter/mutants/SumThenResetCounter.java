package dev.racecard.patterns.counter.mutants;

import dev.racecard.patterns.counter.Counter;

import java.util.concurrent.atomic.LongAdder;

/**
 * MUTANT of LongAdderCounter: treats the adder like a variable, taking its value out and putting
 * it back plus one; an increment landing between the two is wiped by the reset.
 */
public final class SumThenResetCounter implements Counter {
    private final LongAdder count = new LongAdder();

    @Override
    public void increment() {
        long current = count.sumThenReset();
        count.add(current + 1);
    }

    @Override
    public long get() {
        return count.sum();
    }
}
