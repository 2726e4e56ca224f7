package dev.racecard.showcase.threadlocal;

import java.util.function.Supplier;

/** Per-worker state the seed keeps in {@code threading.local()}: who the worker is and how far it got. */
public interface WorkerContext {

    /** What {@link #describe} says when the calling thread runs no worker's task. */
    String NONE = "none";

    /**
     * Runs {@code task} as worker {@code workerId} on the calling thread: the state starts fresh
     * before it and is forgotten after it, also when it throws (the thread may run another task next).
     */
    <T> T runAs(int workerId, Supplier<T> task);

    void step();

    /** "Worker-3: 5", or {@link #NONE}. */
    String describe();
}
