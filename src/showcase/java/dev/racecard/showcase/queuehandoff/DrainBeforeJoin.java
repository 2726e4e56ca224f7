package dev.racecard.showcase.queuehandoff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * RACY. Seed 001 "Method 2" with its "Collect results" loop moved before the {@code join}: the
 * queue is thread-safe, but "the queue is empty" only means "nothing was put yet". The loop stops
 * at the first empty moment while producers are still running, and whatever they put after that
 * is left behind in the queue.
 */
public final class DrainBeforeJoin<T> {
    private final Queue<T> queue = new ConcurrentLinkedQueue<>();

    /** Called by each producer thread: the seed's {@code result_queue.put(...)}. */
    public void put(T value) {
        queue.offer(value);
    }

    /** Called by the main thread once it started the producers: drains, then joins them. */
    public List<T> collect(Collection<Thread> producers) throws InterruptedException {
        List<T> collected = new ArrayList<>();
        while (!queue.isEmpty()) {
            collected.add(queue.poll());
        }
        for (Thread producer : producers) {
            producer.join();
        }
        return collected;
    }
}
