package dev.racecard.showcase.lostwakeup;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * CORRECT: the seed's {@code threading.Condition} in Java, a {@link ReentrantLock} and one
 * {@link Condition} that producers and consumers both wait on: {@code while} around
 * {@code await()} (the Condition javadoc: a waiter must re-check, wake-ups may be spurious), and
 * {@code signalAll()}, since the one thread {@code signal()} wakes may be of the kind that cannot
 * go on.
 */
public final class ConditionMailbox implements Mailbox {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private String item;

    @Override
    public void put(String next) throws InterruptedException {
        lock.lock();
        try {
            while (item != null) {
                changed.await();
            }
            item = next;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String take() throws InterruptedException {
        lock.lock();
        try {
            while (item == null) {
                changed.await();
            }
            String taken = item;
            item = null;
            changed.signalAll();
            return taken;
        } finally {
            lock.unlock();
        }
    }
}
