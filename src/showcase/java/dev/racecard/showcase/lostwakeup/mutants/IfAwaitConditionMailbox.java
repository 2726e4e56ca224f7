package dev.racecard.showcase.lostwakeup.mutants;

import dev.racecard.showcase.lostwakeup.Mailbox;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * MUTANT of ConditionMailbox: {@code if} instead of {@code while} around {@code await()}. A woken
 * thread does not look again: signalAll wakes both consumers for one item and the second takes an
 * empty slot; a producer woken for a slot another producer filled first overwrites that item.
 */
public final class IfAwaitConditionMailbox implements Mailbox {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private String item;

    @Override
    public void put(String next) throws InterruptedException {
        lock.lock();
        try {
            if (item != null) {
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
            if (item == null) {
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
