package dev.racecard.unlockfinally;

import dev.racecard.evidence.Budgets;
import dev.racecard.evidence.ChildTrial;
import dev.racecard.experiments.BoundedThreads;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.patterns.unlockfinally.Tally;

import java.time.Duration;

/**
 * Seed 002's "with lock:": one thread's adds include a zero, a negative amount and an overflow
 * (the last two throw and change nothing); then a second thread adds. If a way out of add() left
 * the lock held, the second thread waits for ever: the trial sees it waiting with nobody left to
 * release the lock (BoundedThreads), instantly, and abandons it.
 */
class UnlockInFinallyExperiment {

    static final int TRIALS = Budgets.trials(10);
    static final Duration BOUND = Duration.ofSeconds(10);
    static final int SECOND_THREAD_ADDS = 10;

    @RacecardTest(pattern = "unlock-in-finally")
    void aSecondThreadGetsTheLockAfterFailedAdds(Evidence evidence) throws Exception {
        int expected = 5 + SECOND_THREAD_ADDS;
        evidence.trials(TRIALS)
                .acceptable("released", "the second thread's adds went through; total " + expected)
                .race("held", "the second thread waits for ever: the first left the lock held on its way out")
                .forbidden("wrong-total", "the adds went through but the total is not " + expected
                        + ": a failed add changed it")
                .run(() -> trial(evidence.create(Tally.class), expected));
    }

    @RacecardTest(pattern = "unlock-in-finally")
    void theProgramInAChildJvm(Evidence evidence) throws Exception {
        ChildTrial.record(evidence, getClass());
    }

    /** One trial as the child JVM's program: the second thread blocked for ever keeps the JVM alive. */
    static boolean childTrial(String implementation) throws Exception {
        return trial(ChildTrial.create(implementation, Tally.class), 5 + SECOND_THREAD_ADDS).equals("released");
    }

    static String trial(Tally tally, int expected) throws InterruptedException {
        BoundedThreads.Run first = BoundedThreads.run(BOUND, () -> {
            tally.add(5);
            tally.add(0);
            try {
                tally.add(-1);
            } catch (IllegalArgumentException expectedFailure) {
                // the caller handles it, as callers do
            }
            try {
                tally.add(Integer.MAX_VALUE);
            } catch (ArithmeticException expectedFailure) {
                // likewise
            }
        });
        if (first.ending() != BoundedThreads.Ending.COMPLETED) {
            throw new IllegalStateException("the first thread alone did not complete: " + first);
        }
        BoundedThreads.Run second = BoundedThreads.run(BOUND, () -> {
            for (int i = 0; i < SECOND_THREAD_ADDS; i++) {
                tally.add(1);
            }
        });
        return switch (second.ending()) {
            case WAITING_FOREVER, DEADLOCKED -> "held";
            case TIMED_OUT -> throw second.timeoutError();
            case FAILED -> throw new IllegalStateException("the second thread's add threw", second.failure());
            case COMPLETED -> tally.total() == expected ? "released" : "wrong-total";
        };
    }
}
