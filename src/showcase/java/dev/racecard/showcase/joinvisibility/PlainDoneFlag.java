package dev.racecard.showcase.joinvisibility;

/**
 * RACY. Seed 000's {@code DownloadWorker.success} pattern with a busy-wait: the worker sets
 * {@code answer} then a plain {@code done} flag; main spins until done. Nothing orders or
 * publishes the plain writes: the JIT may hoist the {@code done} read out of the loop (main never
 * stops spinning; shown by the child JVM and jcstress's termination test), and may reorder the
 * reader's two plain loads, so that it sees {@code done} but not {@code answer} (shown on x86 by
 * jcstress when the reader is C2-compiled; a weakly ordered CPU can reorder them as well).
 */
public final class PlainDoneFlag implements DoneFlag {
    private Integer answer;
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
