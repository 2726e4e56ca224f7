package dev.racecard.showcase.joinvisibility.mutants;

import dev.racecard.showcase.joinvisibility.DoneFlag;

/**
 * MUTANT of VolatileDoneFlag: {@code volatile} put on the answer instead of the done flag. The
 * answer's write is visible, but the spin reads a plain {@code done}, which the JIT may read once
 * and never again: main spins forever.
 */
public final class VolatileAnswerFlag implements DoneFlag {
    private volatile Integer answer;
    private boolean done;

    @Override
    public void finish(int value) {
        answer = value;
        done = true;
    }

    @Override
    public Integer await() {
        while (!done) {
            // spin until the worker says it is done
        }
        return answer;
    }

    @Override
    public boolean isDone() {
        return done;
    }

    @Override
    public Integer answer() {
        return answer;
    }
}
