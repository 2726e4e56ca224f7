package dev.racecard.showcase.queuehandoff;

/**
 * The queue as the seeds' threads use it with {@code put} and {@code get}: a producer waits while
 * a bounded queue is full (back-pressure), a consumer waits while it is empty.
 */
public interface BlockingHandoff<T> extends Handoff<T> {

    /** Hands an item over, waiting while the queue is full. */
    void put(T item) throws InterruptedException;

    /** Takes the oldest item, waiting for one. */
    T take() throws InterruptedException;
}
