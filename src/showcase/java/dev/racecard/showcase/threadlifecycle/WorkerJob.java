package dev.racecard.showcase.threadlifecycle;

/**
 * The worker's job in every variant: trivial on purpose, so that what the experiments race is the
 * thread's start, not its work.
 */
public final class WorkerJob {
    public static final String ANSWER = "42";

    private WorkerJob() {
    }

    public static String run() {
        return ANSWER;
    }
}
