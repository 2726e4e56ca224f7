package dev.racecard.showcase.lostwakeup.mutants;

import dev.racecard.showcase.lostwakeup.Mailbox;

/**
 * MUTANT of WhileWaitMailbox: looks at the (volatile) slot before taking the lock, "to avoid
 * locking when there is nothing to do". A notifyAll that comes between the look and the wait()
 * wakes nobody, and the thread then waits for a signal that was already sent.
 */
public final class CheckOutsideLockMailbox implements Mailbox {
    private volatile String item;

    @Override
    public void put(String next) throws InterruptedException {
        while (item != null) {
            synchronized (this) {
                wait();
            }
        }
        synchronized (this) {
            while (item != null) {
                wait();
            }
            item = next;
            notifyAll();
        }
    }

    @Override
    public String take() throws InterruptedException {
        while (item == null) {
            synchronized (this) {
                wait();
            }
        }
        synchronized (this) {
            while (item == null) {
                wait();
            }
            String taken = item;
            item = null;
            notifyAll();
            return taken;
        }
    }
}
