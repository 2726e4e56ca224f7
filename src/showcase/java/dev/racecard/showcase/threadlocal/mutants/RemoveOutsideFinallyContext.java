package dev.racecard.showcase.threadlocal.mutants;

import dev.racecard.showcase.threadlocal.WorkerContext;

import java.util.function.Supplier;

/**
 * MUTANT of ThreadLocalContext: calls {@code remove()} after the task, not in {@code finally}. A task
 * that throws skips it, and the next task on that pooled thread finds the failed task's state.
 */
public final class RemoveOutsideFinallyContext implements WorkerContext {

    private static final class State {
        int workerId = -1;
        int counter;
    }

    private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

    @Override
    public <T> T runAs(int workerId, Supplier<T> task) {
        State s = state.get();
        s.workerId = workerId;
        s.counter = 0;
        T result = task.get();
        state.remove();
        return result;
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
