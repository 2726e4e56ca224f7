package dev.racecard.patterns.threadlocal;

/** Per-worker state the seed keeps in {@code threading.local()}: who the worker is and how far it got. */
public interface WorkerContext {

    /** What {@link #describe} says when the calling task has begun nothing. */
    String NONE = "none";

    void begin(int workerId);

    void step();

    /** "Worker-3: 5", or {@link #NONE}. */
    String describe();

    /** The task is done: forget its state (the thread may run another task next). */
    void end();
}
