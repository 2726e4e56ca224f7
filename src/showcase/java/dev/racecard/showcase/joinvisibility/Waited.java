package dev.racecard.showcase.joinvisibility;

/**
 * What main comes back with after waiting at most a timeout: the worker's answer (null is
 * Python's None), or the report that the worker is still running (the seed's "Thread still
 * running after timeout").
 */
public record Waited(Integer answer, boolean stillRunning) {

    public static Waited of(Integer answer) {
        return new Waited(answer, false);
    }

    public static Waited workerStillRunning() {
        return new Waited(null, true);
    }
}
