package dev.racecard.showcase.threadlocal.mutants;

import dev.racecard.showcase.threadlocal.WorkerContext;

import java.util.function.Supplier;

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
    public <T> T runAs(int workerId, Supplier<T> task) {
        State s = state.get();
        s.workerId = workerId;
        s.counter = 0;
        try {
            return task.get();
        } finally {
            state.remove();
        }
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
}
