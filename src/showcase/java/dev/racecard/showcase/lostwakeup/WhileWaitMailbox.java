package dev.racecard.showcase.lostwakeup;

/**
 * CORRECT: the condition checked in a {@code while} loop under the lock, and {@code notifyAll()}:
 * a woken thread looks again before it acts, and no kind of waiter is left asleep.
 */
public final class WhileWaitMailbox implements Mailbox {
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
        notifyAll();
        return taken;
    }
}
