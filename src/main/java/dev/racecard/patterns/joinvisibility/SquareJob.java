package dev.racecard.patterns.joinvisibility;

import java.util.concurrent.Callable;

/**
 * A job for a thread pool, shaped like seed 001's {@code ComputeThread}: it squares its value
 * after {@code workMillis} (the seeds' slow task), stores the answer in a plain field and returns
 * it.
 */
public final class SquareJob implements Callable<Integer> {

    private final int value;
    private final long workMillis;
    private Integer answer;

    public SquareJob(int value, long workMillis) {
        this.value = value;
        this.workMillis = workMillis;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (workMillis > 0) {
            Thread.sleep(workMillis); // the job itself: the seeds' time.sleep() "slow task"
        }
        answer = value * value;
        return answer;
    }

    /** The field the job writes: None until it has run. */
    public Integer answer() {
        return answer;
    }
}
