package com.example.tally;

import java.util.concurrent.atomic.AtomicInteger;

/** Correct: the read, the add and the write are one atomic step. */
public class AtomicTally implements Tally {
    private final AtomicInteger total = new AtomicInteger();

    @Override
    public void add() {
        total.incrementAndGet();
    }

    @Override
    public int total() {
        return total.get();
    }
}
