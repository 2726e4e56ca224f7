package dev.racecard.showcase.joinvisibility;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * A job for a thread pool, shaped like seed 001's {@code ComputeThread}: it squares its value
 * after {@code workMillis} (the seeds' slow task), stores the answer in a plain field and returns
 * it.
 */
public final class SquareJob implements Callable<Integer> {

    private final int value;
    private final long workMillis;
    private Integer answer;
    private final CountDownLatch finished = new CountDownLatch(1);

    public SquareJob(int value, long workMillis) {
        this.value = value;
        this.workMillis = workMillis;
    }

    @Override
    public Integer call() throws InterruptedException {
        try {
            if (workMillis > 0) {
                Thread.sleep(workMillis); // the job itself: the seeds' time.sleep() "slow task"
            }
            answer = value * value;
            return answer;
        } finally {
            finished.countDown();
        }
    }

    /**
     * For a harness, after the collector is done with the job: waits until the job has run, so
     * that a job a collector gave up on does not hold up the pool for the next one.
     */
    public void awaitFinished() throws InterruptedException {
        finished.await();
    }

    /** The field the job writes: None until it has run. */
    public Integer answer() {
        return answer;
    }
}
