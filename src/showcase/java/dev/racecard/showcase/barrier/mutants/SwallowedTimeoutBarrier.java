package dev.racecard.showcase.barrier.mutants;

import dev.racecard.showcase.barrier.PhaseBarrier;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * MUTANT of CyclicPhaseBarrier: a timed await "so a hung party cannot hang us" (a phase takes
 * microseconds, so its author gave it a second), whose TimeoutException and BrokenBarrierException
 * are caught and ignored. A party later than the timeout is left behind: the one that timed out
 * goes on into the next phase alone, and the barrier, now broken (CyclicBarrier's javadoc: it stays
 * broken until reset), throws at every later await, which is ignored too: no party waits again.
 */
public final class SwallowedTimeoutBarrier implements PhaseBarrier {
    private static final long TIMEOUT_SECONDS = 1;
    private final CyclicBarrier barrier = new CyclicBarrier(PARTIES);

    @Override
    public void await() throws InterruptedException {
        try {
            barrier.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | BrokenBarrierException e) {
            // a party is late: go on without it
        }
    }
}
