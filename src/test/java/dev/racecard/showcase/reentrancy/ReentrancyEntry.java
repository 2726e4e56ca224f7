package dev.racecard.showcase.reentrancy;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.reentrancy.mutants.ReadLockUpgradeRegistry;
import dev.racecard.showcase.reentrancy.mutants.StampedLockRegistry;
import dev.racecard.showcase.reentrancy.mutants.TryLockRegistry;

import static dev.racecard.catalog.Tool.CHILD_JVM;
import static dev.racecard.catalog.Tool.JUNIT;

/** Seed 002: RLock, a reentrant lock that the same thread can acquire multiple times. */
public final class ReentrancyEntry {

    public static final Pattern PATTERN = Racecard.pattern("reentrancy", "Reentrancy: Lock vs RLock",
                    "A locked method that calls another locked method takes the lock twice: a lock that does not "
                            + "count (Python's Lock; a Semaphore(1) or a StampedLock in Java) makes the thread wait for "
                            + "itself for ever, a reentrant one (RLock; ReentrantLock or synchronized) lets it in. "
                            + "Reentrant is not upgradable: a thread holding a ReentrantReadWriteLock's read lock that "
                            + "asks for its write lock waits for itself too. Not a timing race: it happens on every "
                            + "nested call.")
            .seed(Seed.SEED_002.quote(126, 128, "Other Synchronization Primitives", """
                    The threading module provides several synchronization tools:

                      • RLock: A reentrant lock that the same thread can acquire multiple times"""))
            .racy("non-reentrant-mutex", MutexRegistry.class,
                    "a Semaphore(1) as the mutex: registerAll holds it and calls register, which waits for it.")
                .junit(ReentrancyExperiment.class).childJvm(ReentrancyExperiment.class)
                .critical("new Semaphore(1)", "register(name);")
            .correct("reentrant-lock", ReentrantRegistry.class,
                    "a ReentrantLock: the owner gets in again, and every lock() has its unlock() in finally.")
                .junit(ReentrancyExperiment.class).childJvm(ReentrancyExperiment.class)
                .critical("new ReentrantLock()", "register(name);")
                .mutant(Mutant.of("try-lock-skips", TryLockRegistry.class,
                        "tryLock() \"so it can never hang\", skipping the name when the lock is busy", JUNIT))
                .mutant(Mutant.of("read-lock-upgrade", ReadLockUpgradeRegistry.class,
                        "a ReentrantReadWriteLock: register looks under the read lock, then takes the write lock "
                                + "while still reading; the write lock waits for every reader, itself included",
                        JUNIT, CHILD_JVM))
                .mutant(Mutant.of("stamped-lock", StampedLockRegistry.class,
                        "a StampedLock \"because it is faster\": not reentrant, so registerAll's call to register "
                                + "waits for itself", JUNIT, CHILD_JVM))
            .build();

    private ReentrancyEntry() {
    }
}
