package dev.racecard.showcase.lostwakeup;

/**
 * RACY: {@code if} instead of {@code while} around {@code wait()}. A woken thread does not look
 * again: notifyAll wakes both consumers for one item, and the second takes an empty slot; a
 * producer woken for a slot another producer already filled overwrites that item.
 */
public final class IfWaitMailbox implements Mailbox {
    private String item;

    @Override
    public synchronized void put(String next) throws InterruptedException {
        if (item != null) {
            wait();
        }
        item = next;
        notifyAll();
    }

    @Override
    public synchronized String take() throws InterruptedException {
        if (item == null) {
            wait();
        }
        String taken = item;
        item = null;
        notifyAll();
        return taken;
    }
}
