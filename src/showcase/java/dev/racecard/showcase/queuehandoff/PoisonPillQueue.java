package dev.racecard.showcase.queuehandoff;

/**
 * Seed 001's {@code Queue(maxsize=5)} with its {@code None} sentinel: a bounded blocking queue
 * whose consumers stop when {@link #take} returns null, the poison pill.
 */
public interface PoisonPillQueue<T> extends BlockingHandoff<T> {

    /** The seed's {@code queue.put(None)}, once per consumer, after the producers are done. */
    void stopConsumers(int consumers) throws InterruptedException;

    /** Items and pills queued now. */
    int size();

    /** The most items the queue holds before {@link #put} waits and {@link #offer} refuses. */
    int capacity();
}
