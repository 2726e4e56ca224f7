package dev.racecard.showcase.threadlifecycle;

/**
 * A worker thread started on first use, by whichever thread needs it first (seed 000: "Can I start
 * a thread multiple times? No.").
 */
public interface LazyWorker {

    /** Starts the worker unless it has been started already: any thread may call it, any number of times. */
    void ensureStarted();

    /** Waits for the started worker to finish and returns its answer. */
    String awaitAnswer() throws InterruptedException;
}
