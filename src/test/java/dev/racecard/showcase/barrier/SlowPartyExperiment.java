package dev.racecard.showcase.barrier;

import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;

import java.time.Duration;

/**
 * The barrier's contract when a party is slow: await() returns only once every party has arrived,
 * however long one takes. Three parties, {@value #PHASES} phases; in the first, party 0's work is
 * a download, which the seeds simulate with {@code time.sleep(2)} (seed 000's DownloadWorker).
 * A barrier that gives up on a late party lets the others read its empty slot: passed early.
 * The watchdog's stall outlasts the download by {@link PhasedWorkProgram#STALL}, so a correct
 * barrier holding the others for the download is never called stuck.
 */
class SlowPartyExperiment {

    static final int PHASES = 3;
    static final int TRIALS = Budgets.trials(2);
    /** Seed 000: {@code time.sleep(2)}, "Simulate download". */
    static final Duration DOWNLOAD = Duration.ofSeconds(2);
    static final Duration STALL = DOWNLOAD.plus(PhasedWorkProgram.STALL);
    static final Duration BOUND = Duration.ofSeconds(30);

    @RacecardTest(pattern = "barrier")
    void theOthersWaitForASlowParty(Evidence evidence) throws Exception {
        evidence.trials(TRIALS)
                .acceptable("in-step", "the others waited for the slow party; every party found every slot of "
                        + "its phase written, in all " + PHASES + " phases")
                .race("passed-early", "a party past the barrier found a slot of its phase empty: it went on "
                        + "without the slow party")
                .race("stuck", BarrierExperiment.stuck(STALL))
                .run(() -> trial(evidence.create(PhaseBarrier.class)));
    }

    static String trial(PhaseBarrier barrier) throws InterruptedException {
        PhasedWork work = new PhasedWork(barrier, PHASES, (party, phase) -> {
            if (party == 0 && phase == 0) {
                Thread.sleep(DOWNLOAD.toMillis());
            }
        });
        return BarrierExperiment.outcome(PhasedRound.run(work, PHASES, STALL, BOUND));
    }
}
