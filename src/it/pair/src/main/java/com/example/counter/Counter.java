package com.example.counter;

/** A counter several threads increment. */
public interface Counter {
    void increment();

    long get();
}
