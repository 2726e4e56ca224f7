package dev.racecard.patterns.joinvisibility;

/**
 * RACY. Seed 000's {@code DownloadWorker.success} pattern with a busy-wait: the worker sets
 * {@code answer} then a plain {@code done} flag; main spins until done. Nothing orders or
 * publishes the plain writes: the JIT may hoist the {@code done} read out of the loop (main never
 * stops spinning), and the reader may see {@code done} before {@code answer}.
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
