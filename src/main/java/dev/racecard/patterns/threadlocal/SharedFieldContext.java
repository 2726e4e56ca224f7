package dev.racecard.patterns.threadlocal;

/**
 * RACY: the worker's state in plain fields of one object every worker uses, the seed's
 * {@code thread_local.name} written to a global instead: workers overwrite each other's id and
 * count each other's steps.
 */
public final class SharedFieldContext implements WorkerContext {
    private int workerId = -1;
    private int counter;

    @Override
    public void begin(int id) {
        workerId = id;
        counter = 0;
    }

    @Override
    public void step() {
        counter++;
    }

    @Override
    public String describe() {
        return workerId < 0 ? NONE : "Worker-" + workerId + ": " + counter;
    }

    @Override
    public void end() {
        workerId = -1;
    }
}
