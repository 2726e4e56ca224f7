package dev.racecard.showcase.semaphore;

/**
 * RACY: counts the slots in use by hand, {@code if (inUse < limit) inUse++}. Two threads can both
 * see a free slot and both take it, and a lost {@code ++} or {@code --} leaves the count wrong for
 * good: more users than slots, or slots that nobody holds and nobody gets.
 */
public final class CheckThenIncrementSlots implements Slots {
    public static final int LIMIT = 2;

    private final int limit = LIMIT;
    private int inUse;

    @Override
    public boolean tryAcquire() {
        if (inUse < limit) {
            inUse++;
            return true;
        }
        return false;
    }

    @Override
    public void release() {
        inUse--;
    }

    @Override
    public boolean tryRun(Runnable task) {
        if (!tryAcquire()) {
            return false;
        }
        try {
            task.run();
        } finally {
            release();
        }
        return true;
    }
}
