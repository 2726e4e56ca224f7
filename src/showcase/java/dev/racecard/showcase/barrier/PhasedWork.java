package dev.racecard.showcase.barrier;

import static dev.racecard.showcase.barrier.PhaseBarrier.PARTIES;

/**
 * The seed's {@code process_phase} for the three parties and many phases: in each phase a party
 * writes its slot ("Phase p starting"), waits at the barrier, then reads every party's slot of
 * that phase ("Phase p complete"). Past a barrier that works, every slot is written and visible;
 * one found empty means that party had not arrived yet (or its write was not published): the
 * reader passed the barrier early.
 */
public final class PhasedWork {
    /** A party's own work of a phase, before it writes its slot (the seed's work is a print). */
    @FunctionalInterface
    public interface Work {
        void run(int party, int phase) throws InterruptedException;
    }

    private final PhaseBarrier barrier;
    private final int phases;
    private final Work work;
    /** [phase][party]: 0 until the party writes phase + 1. Plain ints: only the barrier publishes them. */
    private final int[][] slots;
    /** The first early pass seen, for the harness; written at most once, never on the in-step path. */
    private volatile String earlyPass;

    public PhasedWork(PhaseBarrier barrier, int phases) {
        this(barrier, phases, (party, phase) -> { });
    }

    public PhasedWork(PhaseBarrier barrier, int phases, Work work) {
        this.barrier = barrier;
        this.phases = phases;
        this.work = work;
        this.slots = new int[phases][PARTIES];
    }

    /** One party's thread: {@code me} is 0, 1 or 2. */
    public void party(int me) throws InterruptedException {
        for (int p = 0; p < phases; p++) {
            work.run(me, p);
            slots[p][me] = p + 1;
            barrier.await();
            for (int other = 0; other < PARTIES; other++) {
                if (slots[p][other] == 0 && earlyPass == null) {
                    earlyPass = "party " + me + " passed the barrier of phase " + (p + 1) + " of " + phases
                            + " before party " + other + " arrived";
                }
            }
        }
    }

    /** How the first early pass looked, or null if every party found every slot written. */
    public String earlyPass() {
        return earlyPass;
    }

    /** How many slots have been written so far: a watchdog's measure of progress (read without synchronization). */
    public int slotsWritten() {
        int written = 0;
        for (int[] phase : slots) {
            for (int slot : phase) {
                written += slot == 0 ? 0 : 1;
            }
        }
        return written;
    }
}
