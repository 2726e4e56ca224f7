package dev.racecard.showcase.queuehandoff.mutants;

import dev.racecard.showcase.queuehandoff.PoisonPillQueue;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * MUTANT of BoundedPoisonPillQueue: the capacity is remembered but never given to the queue,
 * {@code new LinkedBlockingQueue<>()} instead of {@code new ArrayBlockingQueue<>(capacity)} (as
 * Python's {@code Queue()} for {@code Queue(maxsize=5)}): put never waits, so the back-pressure
 * the producer was promised is gone and a fast producer fills memory.
 */
public final class UnboundedPoisonPillQueue<T> implements PoisonPillQueue<T> {
    private static final Object POISON_PILL = new Object();

    private final BlockingQueue<Object> queue;
    private final int capacity;

    public UnboundedPoisonPillQueue() {
        this(5);
    }

    public UnboundedPoisonPillQueue(int capacity) {
        this.queue = new LinkedBlockingQueue<>();
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
