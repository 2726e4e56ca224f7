package dev.racecard.showcase.joinvisibility;

/**
 * CORRECT. The same busy-wait on a {@code volatile} flag: every loop iteration reads memory, and
 * the volatile write of {@code done} publishes the earlier write of {@code answer} to whoever
 * reads {@code done == true}.
 */
public final class VolatileDoneFlag implements DoneFlag {
    private Integer answer;
    private volatile boolean done;

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
