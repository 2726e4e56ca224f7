package dev.racecard.showcase.lostwakeup.mutants;

import dev.racecard.showcase.lostwakeup.Mailbox;

/**
 * MUTANT of WhileWaitMailbox: only {@code put} signals, "because consumers are the ones waiting
 * for data". A producer that finds the slot full waits too, and a take that empties the slot
 * wakes nobody: the producer sleeps until some other put happens to signal, and once the last
 * other put is done it waits for ever.
 */
public final class TakeWithoutNotifyMailbox implements Mailbox {
    private String item;

    @Override
    public synchronized void put(String next) throws InterruptedException {
        while (item != null) {
            wait();
        }
        item = next;
        notifyAll();
    }

    @Override
    public synchronized String take() throws InterruptedException {
        while (item == null) {
            wait();
        }
        String taken = item;
        item = null;
        return taken;
    }
}
