package dev.racecard.showcase.shareddict;

/**
 * The shared {@code results} dict of seed 001 ("Getting Results from Threads"): each worker stores
 * its own result under its task id with {@link #put}, and the main thread reads them back after
 * joining the workers.
 */
public interface SharedDict {
    void put(int key, int value);

    /** The value stored under {@code key}, or null if there is none. */
    Integer get(int key);

    int size();
}
