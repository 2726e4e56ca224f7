package dev.racecard.showcase.threadlocal;

import java.util.function.Supplier;

/**
 * RACY: the worker's state in plain fields of one object every worker uses, the seed's
 * {@code thread_local.name} written to a global instead: workers overwrite each other's id and
 * count each other's steps (and a pooled thread's next task finds the last worker's id).
 */
public final class SharedFieldContext implements WorkerContext {
    private int workerId = -1;
    private int counter;

    @Override
    public <T> T runAs(int id, Supplier<T> task) {
        workerId = id;
        counter = 0;
        return task.get(); // nothing to forget afterwards, as the seed deletes nothing from thread_local
    }

    @Override
    public void step() {
        counter++;
    }

    @Override
    public String describe() {
        return workerId < 0 ? NONE : "Worker-" + workerId + ": " + counter;
    }
}
