package dev.racecard.showcase.unlockinfinally;

import dev.racecard.experiments.BoundedThreads;
import dev.racecard.junit.Budgets;
import dev.racecard.junit.ChildTrial;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seed 002's program under {@code with lock:}: four threads each add 1 many times to one total,
 * and, as the seed's line says may happen, an exception occurs inside the critical section: half
 * way through, each thread's add is handed a bad amount (a negative one, the tally's
 * IllegalArgumentException, the ValueError the tutorials raise) and the thread handles it and goes
 * on. If that way out of add() left the lock held, the other threads wait for ever: the trial sees
 * them waiting with nobody left to release the lock (BoundedThreads) and abandons them. A trial
 * still running at its bound without that evidence is an error of the experiment, never an outcome.
 */
class UnlockInFinallyExperiment {

    static final int TRIALS = Budgets.trials(10);
    static final Duration BOUND = Duration.ofSeconds(10);
    /** The seed's {@code range(4)} threads. */
    static final int THREADS = 4;
    /** The seed's threads add 1,000,000 each; this many show the same, in milliseconds. */
    static final int ADDS_PER_THREAD = 10_000;
    static final int EXPECTED = THREADS * ADDS_PER_THREAD;

    @RacecardTest(pattern = "unlock-in-finally")
    void fourThreadsAddWhileOneAddFails(Evidence evidence) throws Exception {
        evidence.trials(TRIALS)
                .acceptable("released", "every thread's adds went through; total " + EXPECTED)
                .race("held", "threads wait for ever: an add that threw left the lock held on its way out")
                .forbidden("wrong-total", "every add went through but the total is not " + EXPECTED
                        + ": a failed add changed it, or two adds overlapped")
                .run(() -> trial(evidence.create(Tally.class)));
    }

    @RacecardTest(pattern = "unlock-in-finally")
    void theProgramInAChildJvm(Evidence evidence) throws Exception {
        ChildTrial.record(evidence, getClass());
    }

    /** One trial as the child JVM's program: threads blocked for ever keep the JVM alive. */
    static boolean childTrial(String implementation) throws Exception {
        return trial(ChildTrial.create(implementation, Tally.class)).equals("released");
    }

    static String trial(Tally tally) throws InterruptedException {
        AtomicInteger handled = new AtomicInteger();
        Runnable increment = () -> {
            for (int i = 0; i < ADDS_PER_THREAD; i++) {
                if (i == ADDS_PER_THREAD / 2) {
                    try {
                        tally.add(-1);
                    } catch (IllegalArgumentException expected) {
                        handled.incrementAndGet(); // the caller handles it, as callers do, and goes on
                    }
                }
                tally.add(1);
            }
        };
        Runnable[] threads = new Runnable[THREADS];
        Arrays.fill(threads, increment);
        BoundedThreads.Run run = BoundedThreads.run(BOUND, threads);
        return switch (run.ending()) {
            case WAITING_FOREVER, DEADLOCKED -> "held";
            case TIMED_OUT -> throw run.timeoutError();
            case FAILED -> throw new IllegalStateException("an add threw", run.failure());
            case COMPLETED -> handled.get() == THREADS && tally.total() == EXPECTED ? "released" : "wrong-total";
        };
    }
}
