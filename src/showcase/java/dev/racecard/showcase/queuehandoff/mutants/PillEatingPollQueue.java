package dev.racecard.showcase.queuehandoff.mutants;

import dev.racecard.showcase.queuehandoff.PoisonPillQueue;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * MUTANT of BoundedPoisonPillQueue: {@code poll()} takes whatever is at the head, pill included,
 * and returns null for it, which reads as "empty". A consumer that drains a batch with poll()
 * swallows another consumer's stop signal, and that consumer waits in take() forever.
 */
public final class PillEatingPollQueue<T> implements PoisonPillQueue<T> {
    private static final Object POISON_PILL = new Object();

    private final BlockingQueue<Object> queue;
    private final int capacity;

    public PillEatingPollQueue() {
        this(5);
    }

    public PillEatingPollQueue(int capacity) {
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

    /** The oldest item without waiting; null if the queue is empty or this was a pill. */
    @Override
    public T poll() {
        Object head = queue.poll();
        return head == null ? null : itemOrNull(head);
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
