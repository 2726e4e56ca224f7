package com.example.counter;

import java.util.concurrent.atomic.AtomicLong;

/** Correct: the read, the add and the write are one atomic step. */
public class AtomicCounter implements Counter {
    private final AtomicLong count = new AtomicLong();

    @Override
    public void increment() {
        count.incrementAndGet();
    }

    @Override
    public long get() {
        return count.get();
    }
}
