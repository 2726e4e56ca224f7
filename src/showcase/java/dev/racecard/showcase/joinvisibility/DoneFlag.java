package dev.racecard.showcase.joinvisibility;

/**
 * Seed 000's {@code DownloadWorker.success}: a worker publishes its answer and then a done flag;
 * main waits until the flag is set and reads the answer. How the two fields are declared and
 * written is the part that is racy or correct.
 */
public interface DoneFlag {

    /** The worker: sets the answer, then says it is done. */
    void finish(int value);

    /** Main: spins until done, then reads the answer (null is None). */
    Integer await();

    boolean isDone();

    Integer answer();
}
