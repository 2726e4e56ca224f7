package dev.racecard.showcase.lostwakeup.mutants;

import dev.racecard.showcase.lostwakeup.Mailbox;

/**
 * MUTANT of WhileWaitMailbox: {@code notify()} instead of {@code notifyAll()}. Producers and
 * consumers wait on the same monitor, so the one thread woken can be of the wrong kind: it looks
 * again, waits again, and the wake-up the other kind needed is lost.
 */
public final class NotifyOneMailbox implements Mailbox {
    private String item;

    @Override
    public synchronized void put(String next) throws InterruptedException {
        while (item != null) {
            wait();
        }
        item = next;
        notify();
    }

    @Override
    public synchronized String take() throws InterruptedException {
        while (item == null) {
            wait();
        }
        String taken = item;
        item = null;
        notify();
        return taken;
    }
}
