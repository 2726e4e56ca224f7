package dev.racecard.catalog;

import dev.racecard.api.Racecard;

import static dev.racecard.catalog.Tool.CHILD_JVM;
import static dev.racecard.catalog.Tool.JUNIT;

/** Seed 002: RLock, a reentrant lock that the same thread can acquire multiple times. */
final class ReentrancyEntry {

    private static final String PACKAGE = Entries.PATTERNS + "reentrancy.";
    private static final String EXPERIMENT = Entries.STRESS + "reentrancy.ReentrancyExperiment";

    static final Pattern PATTERN = Racecard.pattern("reentrancy", "Reentrancy: Lock vs RLock",
                    "A locked method that calls another locked method takes the lock twice: a lock that does not "
                            + "count (Python's Lock; a Semaphore(1) or a StampedLock in Java) makes the thread wait for "
                            + "itself for ever, a reentrant one (RLock; ReentrantLock or synchronized) lets it in. "
                            + "Reentrant is not upgradable: a thread holding a ReentrantReadWriteLock's read lock that "
                            + "asks for its write lock waits for itself too. Not a timing race: it happens on every "
                            + "nested call.")
            .seed(new SeedRef(Seed.SEED_002, 126, 128, "Other Synchronization Primitives", """
                    The threading module provides several synchronization tools:

                      • RLock: A reentrant lock that the same thread can acquire multiple times"""))
            .racy("non-reentrant-mutex", PACKAGE + "MutexRegistry",
                    "a Semaphore(1) as the mutex: registerAll holds it and calls register, which waits for it.")
                .junit(EXPERIMENT).childJvm(EXPERIMENT)
                .critical("new Semaphore(1)", "register(name);")
            .correct("reentrant-lock", PACKAGE + "ReentrantRegistry",
                    "a ReentrantLock: the owner gets in again, and every lock() has its unlock() in finally.")
                .junit(EXPERIMENT).childJvm(EXPERIMENT)
                .critical("new ReentrantLock()", "register(name);")
                .mutant(Mutant.of("try-lock-skips", PACKAGE + "mutants.TryLockRegistry",
                        "tryLock() \"so it can never hang\", skipping the name when the lock is busy", JUNIT))
                .mutant(Mutant.of("read-lock-upgrade", PACKAGE + "mutants.ReadLockUpgradeRegistry",
                        "a ReentrantReadWriteLock: register looks under the read lock, then takes the write lock "
                                + "while still reading; the write lock waits for every reader, itself included",
                        JUNIT, CHILD_JVM))
                .mutant(Mutant.of("stamped-lock", PACKAGE + "mutants.StampedLockRegistry",
                        "a StampedLock \"because it is faster\": not reentrant, so registerAll's call to register "
                                + "waits for itself", JUNIT, CHILD_JVM))
            .build();

    private ReentrancyEntry() {
    }
}
