package dev.racecard.showcase.queuehandoff;

import java.util.LinkedList;
import java.util.Queue;

/**
 * RACY. A plain {@link LinkedList} used as the queue, as if it were Python's {@code queue.Queue}.
 * Adding links the new node at the tail while polling unlinks the head: a producer and a consumer
 * that meet at a one-item list can both rewrite {@code last}, and the new item is unreachable
 * (lost); two producers can link to the same tail (one item lost), two consumers can unlink the
 * same head (one item delivered twice).
 */
public final class LinkedListHandoff<T> implements Handoff<T> {
    private final Queue<T> items = new LinkedList<>();

    @Override
    public boolean offer(T item) {
        return items.offer(item);
    }

    @Override
    public T poll() {
        return items.poll();
    }
}
