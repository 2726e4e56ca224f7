package dev.racecard.showcase.semaphore;

/** A fixed number of slots for a resource (seed 002: "Semaphore: Limits access to a fixed number of resources"). */
public interface Slots {

    /** Takes a slot if one is free. */
    boolean tryAcquire();

    void release();

    /**
     * Runs {@code task} in a slot if one is free, and frees it afterwards, even if the task throws;
     * never waits for a slot.
     *
     * @return false, without running the task, if no slot was free
     */
    boolean tryRun(Runnable task);
}
