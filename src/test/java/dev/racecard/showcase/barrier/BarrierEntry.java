package dev.racecard.showcase.barrier;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.barrier.mutants.ArriveWithoutAwaitBarrier;
import dev.racecard.showcase.barrier.mutants.AwaitCurrentPhaseBarrier;
import dev.racecard.showcase.barrier.mutants.CountDownLatchBarrier;
import dev.racecard.showcase.barrier.mutants.CountsMainTooBarrier;
import dev.racecard.showcase.barrier.mutants.SwallowedTimeoutBarrier;

import static dev.racecard.catalog.Tool.JCSTRESS;
import static dev.racecard.catalog.Tool.JUNIT;

/**
 * Seed 002: a Barrier for phased processing. The hand-counted spin barrier runs only in child JVMs
 * and jcstress: when it fails its threads spin for ever, and only a process (or jcstress's fork)
 * ends them; the correct variants and their mutants also run bounded trials in the test JVM, the
 * seed's phases and a phase with a slow party (a barrier must wait for it, however slow).
 */
public final class BarrierEntry {

    public static final Pattern PATTERN = Racecard.pattern("barrier", "Phased work (Barrier)",
                    "Threads that work in phases wait for each other at a barrier after each one. A barrier counted "
                            + "by hand, arrived++ and a spin loop, loses arrivals, lets a thread through early and "
                            + "spins for ever; a CyclicBarrier or a Phaser keeps every phase in step. CPython re-reads "
                            + "the count on every turn of a busy loop; the JVM's JIT may read a plain field once and "
                            + "spin for ever.")
            .seed(Seed.SEED_002.quote(132, 150, "Other Synchronization Primitives", """
                      • Barrier: Threads wait for each other at a synchronization point
                    # Example: Barrier for phased processing
                    import threading

                    def process_phase(barrier, phase):
                        print(f"Phase {phase} starting")
                        barrier.wait()  # Wait for all threads
                        print(f"Phase {phase} complete")

                    barrier = threading.Barrier(3)
                    threads = [
                        threading.Thread(target=process_phase, args=(barrier, i))
                        for i in range(1, 4)
                    ]

                    for t in threads:
                        t.start()
                    for t in threads:
                        t.join()"""))
            .racy("spin-counter", SpinCounterBarrier.class,
                    "arrived++ on a plain int; the last to arrive resets it and bumps a plain phase, the others spin "
                            + "until the phase changes.")
                .jcstress(BarrierStress.SpinCounterSpin.class).childJvm(BarrierChildJvmExperiment.class)
                .critical("arrived++;", "arrived = 0;", "while (phase == myPhase) {")
            .correct("cyclic-barrier", CyclicPhaseBarrier.class,
                    "a CyclicBarrier of the three parties: it trips and resets itself for the next phase in one step.")
                .jcstress(BarrierStress.CyclicBarrierSpin.class).junit(BarrierExperiment.class).junit(SlowPartyExperiment.class).childJvm(BarrierChildJvmExperiment.class)
                .critical("new CyclicBarrier(PARTIES)", "barrier.await();")
                .mutant(Mutant.of("count-down-latch", CountDownLatchBarrier.class,
                        "a CountDownLatch of the parties as the barrier: it opens once and never closes, so from "
                                + "the second phase on await() returns at once", JUNIT))
                .mutant(Mutant.of("counts-main-too", CountsMainTooBarrier.class,
                        "new CyclicBarrier(PARTIES + 1), as where the starting thread awaits too; here it never does",
                        JUNIT, JCSTRESS))
                .mutant(Mutant.of("swallowed-timeout", SwallowedTimeoutBarrier.class,
                        "await(1, SECONDS) with its TimeoutException and BrokenBarrierException caught and ignored: "
                                + "a party later than a second is left behind, and the broken barrier never waits again",
                        JUNIT))
            .correct("phaser", PhaserBarrier.class,
                    "a Phaser with the three parties registered; each arrives and waits with arriveAndAwaitAdvance().")
                .jcstress(BarrierStress.PhaserSpin.class).junit(BarrierExperiment.class).junit(SlowPartyExperiment.class).childJvm(BarrierChildJvmExperiment.class)
                .critical("new Phaser(PARTIES)", "phaser.arriveAndAwaitAdvance();")
                .mutant(Mutant.of("arrive-without-await", ArriveWithoutAwaitBarrier.class,
                        "arrive() where arriveAndAwaitAdvance() was meant: it counts the thread in and returns",
                        JUNIT))
                .mutant(Mutant.of("await-current-phase", AwaitCurrentPhaseBarrier.class,
                        "arrive(), then awaitAdvance(getPhase()): the last party waits on the phase its arrival "
                                + "began", JUNIT, JCSTRESS))
            .build();

    private BarrierEntry() {
    }
}
