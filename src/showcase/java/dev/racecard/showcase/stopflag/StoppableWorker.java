package dev.racecard.showcase.stopflag;

/**
 * Seed 004's worker and its {@code stop_thread} Event: the worker thread loops over units of work
 * and checks for a stop request between them; main lets it work, requests the stop, and joins it.
 * How the request gets from main to the worker's loop is the part that is racy or correct.
 */
public interface StoppableWorker extends Runnable {

    /** The worker thread's body: units of work until it sees the stop request, then it returns. */
    @Override
    void run();

    /**
     * Main's side: asks the worker, running on {@code worker} (the thread main started it on), to
     * stop, and returns at once; main then joins the thread. A flag-based worker sets its flag and
     * ignores the thread; an interrupt-based one interrupts it.
     */
    void requestStop(Thread worker);

    /** Units of work done: the worker's own field, for main to read once it has joined the worker. */
    long unitsDone();
}
