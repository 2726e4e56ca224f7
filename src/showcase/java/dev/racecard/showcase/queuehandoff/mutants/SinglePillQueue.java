package dev.racecard.showcase.queuehandoff.mutants;

import dev.racecard.showcase.queuehandoff.PoisonPillQueue;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * MUTANT of BoundedPoisonPillQueue: one poison pill however many consumers there are, as the
 * seed's single producer does with its one {@code queue.put(None)}. The first consumer to take it
 * stops; every other consumer waits in take() forever.
 */
public final class SinglePillQueue<T> implements PoisonPillQueue<T> {
    private static final Object POISON_PILL = new Object();

    private final BlockingQueue<Object> queue;
    private final int capacity;

    public SinglePillQueue() {
        this(5);
    }

    public SinglePillQueue(int capacity) {
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
        // one None tells the consumers that the producers are done
        queue.put(POISON_PILL);
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
