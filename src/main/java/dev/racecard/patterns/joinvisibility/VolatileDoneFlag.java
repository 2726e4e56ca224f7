package dev.racecard.patterns.joinvisibility;

/**
 * CORRECT. The same busy-wait on a {@code volatile} flag: every loop iteration reads memory, and
 * the volatile write of {@code done} publishes the earlier write of {@code answer} to whoever
 * reads {@code done == true}.
 */
public final class VolatileDoneFlag {
    private Integer answer;
    private volatile boolean done;

    public void finish(int value) {
        answer = value;
        done = true;
    }

    public Integer await() {
        while (!done) {
            // spin until the worker says it is done
        }
        return answer;
    }

    public boolean isDone() {
        return done;
    }

    public Integer answer() {
        return answer;
    }
}
