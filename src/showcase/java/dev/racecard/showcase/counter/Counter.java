package dev.racecard.showcase.counter;

/**
 * The shared counter of seeds 002 and 003: several threads call {@link #increment()}, then the
 * main thread reads {@link #get()} after joining them all.
 */
public interface Counter {
    void increment();

    long get();
}
