package com.example.counter.mutants;

import com.example.counter.Counter;

import java.util.concurrent.atomic.AtomicLong;

/** A mistake people make with an AtomicLong: two atomic calls where one was needed. */
public class GetThenSetCounter implements Counter {
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
