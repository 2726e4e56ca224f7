package dev.racecard.showcase.threadlifecycle;

/**
 * A worker started by one thread and waited for by another: the hand-off between the starter and
 * the reader, who may come first (seed 000: "Is it safe to call join() on a thread that hasn't
 * started?").
 */
public interface WorkerHandoff {

    /** The starter's side: starts the worker. */
    void startWorker();

    /** The reader's side: waits for the worker's answer and returns it. */
    String awaitAnswer() throws InterruptedException;
}
