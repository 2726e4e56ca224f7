package dev.racecard.showcase.barrier;

/**
 * RACY: the barrier people write by hand. Each thread counts itself in with {@code arrived++}; the
 * last one resets the count for the next phase and bumps {@code phase}, the others spin until it
 * does. Nothing here is atomic or published:
 * <ul>
 *   <li>two {@code arrived++} can count as one: the count never reaches the parties and every
 *   thread spins for ever;</li>
 *   <li>two threads can both read the full count, both reset it and bump the phase twice: the
 *   second bump lets a thread of the next phase through before the others arrive, and the second
 *   reset can wipe out its arrival;</li>
 *   <li>{@code phase} is a plain field: compiled code may read it once and spin for ever;</li>
 *   <li>nothing orders what a party wrote before the barrier before what the others read after it.</li>
 * </ul>
 */
public final class SpinCounterBarrier implements PhaseBarrier {
    private final int parties = PARTIES;
    private int arrived;
    private int phase;

    @Override
    public void await() {
        int myPhase = phase;
        arrived++;
        if (arrived == parties) {
            arrived = 0; // reset for the next phase
            phase++;     // let the others go
        } else {
            while (phase == myPhase) {
                // spin until the last thread arrives
            }
        }
    }
}
