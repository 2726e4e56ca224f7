package dev.racecard.showcase.barrier.mutants;

import dev.racecard.showcase.barrier.PhaseBarrier;

import java.util.concurrent.Phaser;

/**
 * MUTANT of PhaserBarrier: {@code arrive()} where {@code arriveAndAwaitAdvance()} was meant. It
 * counts the thread in and returns at once, without waiting for the others.
 */
public final class ArriveWithoutAwaitBarrier implements PhaseBarrier {
    private final Phaser phaser = new Phaser(PARTIES);

    @Override
    public void await() {
        phaser.arrive();
    }
}
