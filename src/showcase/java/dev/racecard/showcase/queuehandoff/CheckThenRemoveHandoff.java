package dev.racecard.showcase.queuehandoff;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * RACY. The seed's {@code while not q.empty(): q.get()} as {@code if (!q.isEmpty()) q.remove()}
 * on a thread-safe queue. Each call is atomic, but the check and the remove are two steps: two
 * consumers can both see the last item, and the one that removes second gets
 * {@link java.util.NoSuchElementException} for an item it was told was there.
 */
public final class CheckThenRemoveHandoff<T> implements Handoff<T> {
    private final Queue<T> items = new ConcurrentLinkedQueue<>();

    @Override
    public boolean offer(T item) {
        return items.offer(item);
    }

    @Override
    public T poll() {
        if (!items.isEmpty()) {
            return items.remove();
        }
        return null;
    }
}
