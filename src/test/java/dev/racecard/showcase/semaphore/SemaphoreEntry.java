package dev.racecard.showcase.semaphore;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.semaphore.mutants.ReleaseOutsideFinallySlots;
import dev.racecard.showcase.semaphore.mutants.ReleaseTwiceSlots;
import dev.racecard.showcase.semaphore.mutants.ReleaseWhenRefusedSlots;

import static dev.racecard.catalog.Tool.JUNIT;

/** Seed 002: a Semaphore limits access to a fixed number of resources. */
public final class SemaphoreEntry {

    public static final Pattern PATTERN = Racecard.pattern("semaphore", "Bounded resource (Semaphore)",
                    "Counting the users of a limited resource by hand, if (inUse < limit) inUse++, lets more users "
                            + "in than there are slots and loses slots for good; a Semaphore released in finally "
                            + "keeps the limit.")
            .seed(Seed.SEED_002.quote(130, 130, "Other Synchronization Primitives",
                    "  • Semaphore: Limits access to a fixed number of resources"))
            .racy("check-then-increment", CheckThenIncrementSlots.class,
                    "if (inUse < limit) inUse++ on a plain int: check, then act.")
                .jcstress(SemaphoreStress.CheckThenIncrement.class).lincheck(SemaphoreExperiment.class).junit(SemaphoreExperiment.class)
                .critical("if (inUse < limit) {", "inUse++;", "inUse--;")
            .correct("semaphore", SemaphoreSlots.class,
                    "Semaphore.tryAcquire(), and release() in finally once acquired: one atomic step, and a failing "
                            + "task gives its permit back. A caller that finds no slot is refused, never waits "
                            + "(Python's acquire(blocking=False), not the blocking with sem:).")
                .jcstress(SemaphoreStress.Semaphore.class).lincheck(SemaphoreExperiment.class).junit(SemaphoreExperiment.class)
                .critical("permits.tryAcquire()", "permits.release();")
                .mutant(Mutant.of("release-outside-finally", ReleaseOutsideFinallySlots.class,
                        "releases after the task instead of in finally: a task that throws keeps its permit", JUNIT))
                .mutant(Mutant.of("release-twice", ReleaseTwiceSlots.class,
                        "releases at the end of the task and again in finally: every run adds a permit", JUNIT))
                .mutant(Mutant.of("release-when-refused", ReleaseWhenRefusedSlots.class,
                        "tryAcquire inside try, release in finally: a refused caller releases a permit it never "
                                + "took", JUNIT))
            .build();

    private SemaphoreEntry() {
    }
}
