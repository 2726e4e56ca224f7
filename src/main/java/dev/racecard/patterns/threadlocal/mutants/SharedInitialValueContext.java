package dev.racecard.patterns.threadlocal.mutants;

import dev.racecard.patterns.threadlocal.WorkerContext;

/**
 * MUTANT of ThreadLocalContext: {@code ThreadLocal.withInitial(() -> initial)} with one state object
 * made up front: every thread's "own" copy is the same object.
 */
public final class SharedInitialValueContext implements WorkerContext {

    private static final class State {
        int workerId = -1;
        int counter;
    }

    private final State initial = new State();
    private final ThreadLocal<State> state = ThreadLocal.withInitial(() -> initial);

    @Override
    public void begin(int id) {
        State s = state.get();
        s.workerId = id;
        s.counter = 0;
    }

    @Override
    public void step() {
        state.get().counter++;
    }

    @Override
    public String describe() {
        State s = state.get();
        return s.workerId < 0 ? NONE : "Worker-" + s.workerId + ": " + s.counter;
    }

    @Override
    public void end() {
        state.remove();
    }
}
