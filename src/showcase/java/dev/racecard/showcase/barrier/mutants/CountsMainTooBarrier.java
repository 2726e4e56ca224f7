package dev.racecard.showcase.barrier.mutants;

import dev.racecard.showcase.barrier.PhaseBarrier;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * MUTANT of CyclicPhaseBarrier: {@code new CyclicBarrier(PARTIES + 1)}, copied from the examples
 * where the thread that starts the workers awaits the barrier too. Here it never does: the last
 * party never comes and the workers wait for ever.
 */
public final class CountsMainTooBarrier implements PhaseBarrier {
    private final CyclicBarrier barrier = new CyclicBarrier(PARTIES + 1);

    @Override
    public void await() throws InterruptedException {
        try {
            barrier.await();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("another party was interrupted at the barrier", e);
        }
    }
}
