package dev.racecard.showcase.lostwakeup;

/** A one-slot mailbox between producers and consumers (seed 002: "Condition: Wait for specific conditions"). */
public interface Mailbox {

    /** Waits while the slot is full, then fills it. */
    void put(String item) throws InterruptedException;

    /** Waits while the slot is empty, then empties it. */
    String take() throws InterruptedException;
}
