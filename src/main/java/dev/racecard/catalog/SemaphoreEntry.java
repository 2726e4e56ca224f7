package dev.racecard.catalog;

import dev.racecard.api.Racecard;

import static dev.racecard.catalog.Tool.JUNIT;

/** Seed 002: a Semaphore limits access to a fixed number of resources. */
final class SemaphoreEntry {

    private static final String PACKAGE = Entries.PATTERNS + "semaphore.";
    private static final String EXPERIMENT = Entries.STRESS + "semaphore.SemaphoreExperiment";
    private static final String STRESS = Entries.STRESS + "semaphore.SemaphoreStress.";

    static final Pattern PATTERN = Racecard.pattern("semaphore", "Bounded resource (Semaphore)",
                    "Counting the users of a limited resource by hand, if (inUse < limit) inUse++, lets more users "
                            + "in than there are slots and loses slots for good; a Semaphore released in finally "
                            + "keeps the limit.")
            .seed(new SeedRef(Seed.SEED_002, 130, 130, "Other Synchronization Primitives",
                    "  • Semaphore: Limits access to a fixed number of resources"))
            .racy("check-then-increment", PACKAGE + "CheckThenIncrementSlots",
                    "if (inUse < limit) inUse++ on a plain int: check, then act.")
                .jcstress(STRESS + "CheckThenIncrement").lincheck(EXPERIMENT).junit(EXPERIMENT)
                .critical("if (inUse < limit) {", "inUse++;", "inUse--;")
            .correct("semaphore", PACKAGE + "SemaphoreSlots",
                    "Semaphore.tryAcquire(), and release() in finally once acquired: one atomic step, and a failing "
                            + "task gives its permit back. A caller that finds no slot is refused, never waits "
                            + "(Python's acquire(blocking=False), not the blocking with sem:).")
                .jcstress(STRESS + "Semaphore").lincheck(EXPERIMENT).junit(EXPERIMENT)
                .critical("permits.tryAcquire()", "permits.release();")
                .mutant(Mutant.of("release-outside-finally", PACKAGE + "mutants.ReleaseOutsideFinallySlots",
                        "releases after the task instead of in finally: a task that throws keeps its permit", JUNIT))
                .mutant(Mutant.of("release-twice", PACKAGE + "mutants.ReleaseTwiceSlots",
                        "releases at the end of the task and again in finally: every run adds a permit", JUNIT))
                .mutant(Mutant.of("release-when-refused", PACKAGE + "mutants.ReleaseWhenRefusedSlots",
                        "tryAcquire inside try, release in finally: a refused caller releases a permit it never "
                                + "took", JUNIT))
            .build();

    private SemaphoreEntry() {
    }
}
