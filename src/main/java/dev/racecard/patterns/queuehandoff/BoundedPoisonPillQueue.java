package dev.racecard.patterns.queuehandoff;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * CORRECT. Seed 001's {@code Queue(maxsize=5)} with its {@code None} sentinel, on an
 * {@link ArrayBlockingQueue}. Every put and take is one step under the queue's lock, so each item
 * reaches exactly one consumer; {@link #put} waits while the queue is full (back-pressure on the
 * producer) and {@link #take} while it is empty. {@link #stopConsumers} puts one poison pill per
 * consumer after the last item: the queue is FIFO, so a consumer meets its pill only after every
 * item was taken, and it stops instead of waiting forever.
 */
public final class BoundedPoisonPillQueue<T> implements BlockingHandoff<T> {
    private static final Object POISON_PILL = new Object();

    private final BlockingQueue<Object> queue;
    private final int capacity;

    public BoundedPoisonPillQueue(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.capacity = capacity;
    }

    /** The seed's {@code queue.put(item)}: waits while the queue is full. */
    @Override
    public void put(T item) throws InterruptedException {
        queue.put(Objects.requireNonNull(item));
    }

    /** The seed's {@code queue.get()}: waits for an item; null means a poison pill, so stop. */
    @Override
    public T take() throws InterruptedException {
        return itemOrNull(queue.take());
    }

    /** The seed's {@code queue.put(None)}, once per consumer, after the producers are done. */
    public void stopConsumers(int consumers) throws InterruptedException {
        for (int i = 0; i < consumers; i++) {
            queue.put(POISON_PILL);
        }
    }

    @Override
    public boolean offer(T item) {
        return queue.offer(Objects.requireNonNull(item));
    }

    /** Like {@link #take} without waiting: null if the queue is empty or this was a pill. */
    @Override
    public T poll() {
        return itemOrNull(queue.poll());
    }

    public int size() {
        return queue.size();
    }

    public int capacity() {
        return capacity;
    }

    @SuppressWarnings("unchecked")
    private static <T> T itemOrNull(Object head) {
        return head == POISON_PILL ? null : (T) head;
    }
}
