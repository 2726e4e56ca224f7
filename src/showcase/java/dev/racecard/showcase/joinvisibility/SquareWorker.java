package dev.racecard.showcase.joinvisibility;

/**
 * Seed 001's {@code ComputeThread}: a thread subclass that stores its answer in a field
 * ({@code self.result = self.value ** 2}) for the main thread to read. {@code null} is Python's
 * {@code None}: not computed yet. The field is plain, as in the seed: what makes reading it safe
 * is how the main thread waits, which is what the collectors differ in.
 */
public class SquareWorker extends Thread {

    private final int value;
    private final long workMillis;
    Integer answer;

    public SquareWorker(int value) {
        this(value, 0);
    }

    /** @param workMillis how long the job takes before the answer is ready (the seeds' slow_task) */
    public SquareWorker(int value, long workMillis) {
        this.value = value;
        this.workMillis = workMillis;
    }

    @Override
    public void run() {
        if (workMillis > 0) {
            try {
                Thread.sleep(workMillis); // the job itself: the seeds' time.sleep(2) "slow task"
            } catch (InterruptedException e) {
                return;
            }
        }
        answer = value * value;
    }

    public Integer answer() {
        return answer;
    }
}
