package com.example.counter;

/** Racy: {@code count++} is a read, an add and a write; two threads can both read the same value. */
public class PlainCounter implements Counter {
    private long count;

    @Override
    public void increment() {
        count++;
    }

    @Override
    public long get() {
        return count;
    }
}
