package dev.racecard.showcase.threadlocal;

import java.util.function.Supplier;

/**
 * CORRECT: a {@link ThreadLocal} with a fresh state per thread ({@code withInitial}), removed in
 * {@code finally} when the task ends, so a pooled thread starts its next task clean even after a
 * task that threw.
 */
public final class ThreadLocalContext implements WorkerContext {

    static final class State {
        int workerId = -1;
        int counter;
    }

    private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

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
