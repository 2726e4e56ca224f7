package dev.racecard.showcase.queuehandoff;

import java.util.concurrent.TimeUnit;

/**
 * Python's {@code queue.Queue} with {@code task_done()} and {@code join()} (seed 002): a consumer
 * marks each item it took as done, and {@link #join} waits until every item put was marked done.
 */
public interface JoinableQueue<T> extends BlockingHandoff<T> {

    /** A consumer finished one item it took: Python's {@code task_done()}. */
    void taskDone();

    /** Python's {@code join()}: waits until every item put has been marked done. */
    void join() throws InterruptedException;

    /** {@link #join()} for at most {@code timeout}: true if every item was done in time. */
    boolean join(long timeout, TimeUnit unit) throws InterruptedException;
}
