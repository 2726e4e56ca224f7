package dev.racecard.showcase.barrier;

import java.util.concurrent.Phaser;

/**
 * CORRECT: a {@link Phaser} with the parties registered up front; arriveAndAwaitAdvance() is one
 * step (arrive, then wait for this phase's advance) and the phaser moves to the next phase by
 * itself. Arrivals happen-before the advance they complete.
 */
public final class PhaserBarrier implements PhaseBarrier {
    private final Phaser phaser = new Phaser(PARTIES);

    @Override
    public void await() {
        phaser.arriveAndAwaitAdvance();
    }
}
