package dev.racecard.showcase.queuehandoff;

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
 *
 * <p>A pill is a stop signal for the consumer that {@link #take}s it, and {@link #poll} must not
 * swallow it: a consumer that drains a batch with {@code poll()} would see the pill as "empty"
 * and carry on, and the consumer the pill was meant for would wait in {@code take()} forever. So
 * {@code poll()} removes the head only if it is an item: each item sits in its own slot, and
 * {@code remove(slot)} takes exactly that slot, and only if no other consumer took it first.
 */
public final class BoundedPoisonPillQueue<T> implements PoisonPillQueue<T> {
    /** The seed's {@code Queue(maxsize=5)}. */
    public static final int SEED_CAPACITY = 5;
    private static final Object POISON_PILL = new Object();

    private final BlockingQueue<Object> queue;
    private final int capacity;

    public BoundedPoisonPillQueue() {
        this(SEED_CAPACITY);
    }

    public BoundedPoisonPillQueue(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.capacity = capacity;
    }

    /** The seed's {@code queue.put(item)}: waits while the queue is full. */
    @Override
    public void put(T item) throws InterruptedException {
        queue.put(new Slot<>(Objects.requireNonNull(item)));
    }

    /** The seed's {@code queue.get()}: waits for an item; null means a poison pill, so stop. */
    @Override
    public T take() throws InterruptedException {
        return itemOrNull(queue.take());
    }

    @Override
    public void stopConsumers(int consumers) throws InterruptedException {
        for (int i = 0; i < consumers; i++) {
            queue.put(POISON_PILL);
        }
    }

    @Override
    public boolean offer(T item) {
        return queue.offer(new Slot<>(Objects.requireNonNull(item)));
    }

    /** The oldest item without waiting; null if the queue is empty or its head is a pill, which stays for take(). */
    @Override
    public T poll() {
        while (true) {
            Object head = queue.peek();
            if (head == null || head == POISON_PILL) {
                return null;
            }
            if (queue.remove(head)) {
                return itemOrNull(head);
            }
            // another consumer took that slot between peek and remove: look at the new head
        }
    }

    @Override
    public int size() {
        return queue.size();
    }

    @Override
    public int capacity() {
        return capacity;
    }

    @SuppressWarnings("unchecked")
    private static <T> T itemOrNull(Object head) {
        return head == POISON_PILL ? null : ((Slot<T>) head).item;
    }

    /** One queued item; compared by identity, so remove(slot) never takes an equal item further back. */
    private static final class Slot<T> {
        final T item;

        Slot(T item) {
            this.item = item;
        }
    }
}
