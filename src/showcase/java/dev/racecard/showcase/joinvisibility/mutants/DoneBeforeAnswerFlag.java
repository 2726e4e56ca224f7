package dev.racecard.showcase.joinvisibility.mutants;

import dev.racecard.showcase.joinvisibility.DoneFlag;

/**
 * MUTANT of VolatileDoneFlag: the volatile done flag is set before the answer (swapped
 * publication order, e.g. "mark done first, then store the result"). A reader that sees done
 * can run between the two writes and read None; no reordering is needed, only an interleaving.
 */
public final class DoneBeforeAnswerFlag implements DoneFlag {
    private Integer answer;
    private volatile boolean done;

    @Override
    public void finish(int value) {
        done = true;
        answer = value;
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
