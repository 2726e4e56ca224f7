package dev.racecard.patterns.threadlocal;

/**
 * CORRECT: a {@link ThreadLocal} with a fresh state per thread ({@code withInitial}), removed when the
 * task ends, so a pooled thread starts its next task clean.
 */
public final class ThreadLocalContext implements WorkerContext {

    static final class State {
        int workerId = -1;
        int counter;
    }

    private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

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
