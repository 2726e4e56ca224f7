package dev.racecard.showcase.barrier.mutants;

import dev.racecard.showcase.barrier.PhaseBarrier;

import java.util.concurrent.Phaser;

/**
 * MUTANT of PhaserBarrier: arrives, then asks for the phase to wait on,
 * {@code awaitAdvance(getPhase())}, instead of using the phase {@code arrive()} returned. The last
 * party's arrival has already advanced the phaser, so it waits for the end of the next phase,
 * which needs its own arrival: it waits for ever, and so do the others one phase later.
 */
public final class AwaitCurrentPhaseBarrier implements PhaseBarrier {
    private final Phaser phaser = new Phaser(PARTIES);

    @Override
    public void await() {
        phaser.arrive();
        phaser.awaitAdvance(phaser.getPhase());
    }
}
