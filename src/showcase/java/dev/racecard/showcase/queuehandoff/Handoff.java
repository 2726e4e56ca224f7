package dev.racecard.showcase.queuehandoff;

/**
 * The queue between producer and consumer threads of seeds 001 and 002, as both sides use it
 * without waiting: a producer hands an item over, a consumer takes the oldest one if there is one.
 * Every item handed over must reach exactly one consumer.
 */
public interface Handoff<T> {

    /** Hands an item over; false if a bounded queue is full and the item was not taken. */
    boolean offer(T item);

    /** Takes the oldest item, or returns null if there is none. */
    T poll();
}
