package dev.racecard.showcase.barrier;

/**
 * A reusable barrier for the seed's three parties ({@code threading.Barrier(3)}): each call of
 * {@link #await} returns only once all {@value #PARTIES} threads have called it for this phase,
 * and the barrier is then ready for the next phase. Everything a party did before its await() is
 * visible to every party after theirs.
 */
public interface PhaseBarrier {

    /** The seed's {@code threading.Barrier(3)}. */
    int PARTIES = 3;

    /** Waits until every party has arrived in this phase (Python's {@code barrier.wait()}). */
    void await() throws InterruptedException;
}
