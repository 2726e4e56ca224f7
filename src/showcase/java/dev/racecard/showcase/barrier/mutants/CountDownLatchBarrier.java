package dev.racecard.showcase.barrier.mutants;

import dev.racecard.showcase.barrier.PhaseBarrier;

import java.util.concurrent.CountDownLatch;

/**
 * MUTANT of CyclicPhaseBarrier: a {@link CountDownLatch} of the parties in its place ("count down,
 * then wait for the others"). A latch opens once and never closes again: the first phase is in
 * step, every later await() returns at once.
 */
public final class CountDownLatchBarrier implements PhaseBarrier {
    private final CountDownLatch latch = new CountDownLatch(PARTIES);

    @Override
    public void await() throws InterruptedException {
        latch.countDown();
        latch.await();
    }
}
