package dev.racecard.showcase.lostwakeup.mutants;

import dev.racecard.showcase.lostwakeup.Mailbox;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * MUTANT of ConditionMailbox: {@code signal()} instead of {@code signalAll()}, "one item, one
 * waiter". Producers and consumers wait on the same Condition, so the one thread woken can be of
 * the kind that cannot go on: it looks again and waits again, and the thread that could have gone
 * on is never woken.
 */
public final class SignalOneConditionMailbox implements Mailbox {
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
            changed.signal();
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
            changed.signal();
            return taken;
        } finally {
            lock.unlock();
        }
    }
}
