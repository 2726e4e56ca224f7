package dev.racecard.showcase.barrier;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * CORRECT: a {@link CyclicBarrier} (Python's {@code threading.Barrier} is cyclic too): the last of
 * the parties to arrive trips it and it resets itself for the next phase, in one step under its
 * lock; each party's actions before await() happen-before every party's return from it.
 */
public final class CyclicPhaseBarrier implements PhaseBarrier {
    private final CyclicBarrier barrier = new CyclicBarrier(PARTIES);

    @Override
    public void await() throws InterruptedException {
        try {
            barrier.await();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("another party was interrupted at the barrier", e);
        }
    }
}
