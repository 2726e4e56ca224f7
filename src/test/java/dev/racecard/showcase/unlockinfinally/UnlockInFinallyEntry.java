package dev.racecard.showcase.unlockinfinally;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.unlockinfinally.mutants.CheckBeforeTryTally;
import dev.racecard.showcase.unlockinfinally.mutants.EarlyReturnTally;
import dev.racecard.showcase.unlockinfinally.mutants.UnlockInCatchTally;

import static dev.racecard.catalog.Tool.CHILD_JVM;
import static dev.racecard.catalog.Tool.JUNIT;

/** Seed 002: "with lock:" releases the lock even if an exception occurs. */
public final class UnlockInFinallyEntry {

    public static final Pattern PATTERN = Racecard.pattern("unlock-in-finally", "Lock not released on an exception",
                    "lock() … unlock() without finally leaves the lock held when the work throws, and the other "
                            + "threads wait for ever; try/finally (Python's with) releases it on every way out. Not a "
                            + "timing race: it happens every time the work throws, and only another thread shows it. "
                            + "The experiments run the seed's program: four threads adding 1, each add failing once.")
            .seed(Seed.SEED_002.quote(122, 122, "Locks: Protecting Shared Data",
                    "The with lock: statement acquires the lock before the critical section and releases it "
                            + "afterward—even if an exception occurs."))
            .racy("unlock-without-finally", UnlockWithoutFinallyTally.class,
                    "lock(), the work, unlock() in a straight line: an exception skips the unlock().")
                .junit(UnlockInFinallyExperiment.class).childJvm(UnlockInFinallyExperiment.class)
                .critical("lock.lock();", "lock.unlock();")
            .correct("try-finally", TryFinallyTally.class,
                    "unlock() in finally, the with statement of Java.")
                .junit(UnlockInFinallyExperiment.class).childJvm(UnlockInFinallyExperiment.class)
                .critical("} finally {", "lock.unlock();")
                .mutant(Mutant.of("check-before-try", CheckBeforeTryTally.class,
                        "try/finally around the arithmetic only: the check of the amount, between lock() and try, "
                                + "throws with the lock held", JUNIT, CHILD_JVM))
                .mutant(Mutant.of("early-return", EarlyReturnTally.class,
                        "unlocks at each exit by hand; a shortcut for a zero amount returns before it", JUNIT)
                        .asBlindSpot("the seed's program never adds zero: survived every trial (10 of 10) with "
                                + "the seed's inputs"))
                .mutant(Mutant.of("unlock-in-catch", UnlockInCatchTally.class,
                        "unlocks in a catch of the expected exception only: an overflow leaves with the lock held",
                        JUNIT).asBlindSpot("the seed's total never overflows: survived every trial (10 of 10) "
                                + "with the seed's inputs"))
            .build();

    private UnlockInFinallyEntry() {
    }
}
