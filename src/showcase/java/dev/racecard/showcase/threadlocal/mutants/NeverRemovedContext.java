package dev.racecard.showcase.threadlocal.mutants;

import dev.racecard.showcase.threadlocal.WorkerContext;

import java.util.function.Supplier;

/**
 * MUTANT of ThreadLocalContext: never calls {@code remove()}: "the thread ends anyway". In a pool it
 * does not, and the next task on that thread finds the last one's state.
 */
public final class NeverRemovedContext implements WorkerContext {

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
        return task.get(); // no remove(): the thread-local outlives the task
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
