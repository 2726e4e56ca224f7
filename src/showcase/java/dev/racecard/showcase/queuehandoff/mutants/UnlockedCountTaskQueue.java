package dev.racecard.showcase.queuehandoff.mutants;

import dev.racecard.showcase.queuehandoff.JoinableQueue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * MUTANT of UnlockedCountTaskQueue: {@link #taskDone} lowers the count of unfinished tasks without the lock,
 * taking it only to signal, as if an {@code int} decrement needed no lock. Two consumers' decrements,
 * or a decrement and a producer's increment, can overwrite each other: join() then waits forever
 * for a task that was done, or returns while one is still being processed.
 */
public final class UnlockedCountTaskQueue<T> implements JoinableQueue<T> {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final Condition allTasksDone = lock.newCondition();
    private final Deque<T> items = new ArrayDeque<>();
    private final int maxSize;
    private int unfinishedTasks;

    /** Python's {@code queue.Queue()}: unbounded. */
    public UnlockedCountTaskQueue() {
        this(0);
    }

    /** @param maxSize as Python's {@code maxsize}: 0 or less means unbounded */
    public UnlockedCountTaskQueue(int maxSize) {
        this.maxSize = maxSize;
    }

    /** Waits while the queue is full. */
    @Override
    public void put(T item) throws InterruptedException {
        Objects.requireNonNull(item);
        lock.lockInterruptibly();
        try {
            while (isFull()) {
                notFull.await();
            }
            enqueue(item);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean offer(T item) {
        Objects.requireNonNull(item);
        lock.lock();
        try {
            if (isFull()) {
                return false;
            }
            enqueue(item);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Waits for an item. */
    @Override
    public T take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (items.isEmpty()) {
                notEmpty.await();
            }
            return dequeue();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public T poll() {
        lock.lock();
        try {
            return items.isEmpty() ? null : dequeue();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void taskDone() {
        if (unfinishedTasks <= 0) {
            throw new IllegalStateException("taskDone() called more times than there were items");
        }
        unfinishedTasks--;
        if (unfinishedTasks == 0) {
            // the lock is only needed to signal the condition
            lock.lock();
            try {
                allTasksDone.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public void join() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (unfinishedTasks > 0) {
                allTasksDone.await();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean join(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (unfinishedTasks > 0) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = allTasksDone.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private boolean isFull() {
        return maxSize > 0 && items.size() >= maxSize;
    }

    private void enqueue(T item) {
        items.addLast(item);
        unfinishedTasks++;
        notEmpty.signal();
    }

    private T dequeue() {
        T item = items.removeFirst();
        notFull.signal();
        return item;
    }
}
