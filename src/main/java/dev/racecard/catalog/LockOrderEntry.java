package dev.racecard.catalog;

import dev.racecard.api.Racecard;

import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.Tool.LINCHECK;

/** Seed 002, "Common Pitfalls": deadlocks, two threads waiting on each other's locks. */
final class LockOrderEntry {

    private static final String PACKAGE = Entries.PATTERNS + "lockorder.";
    private static final String EXPERIMENT = Entries.STRESS + "lockorder.LockOrderExperiment";

    static final Pattern PATTERN = Racecard.pattern("lock-order", "Deadlock by lock order",
                    "Two threads that take the same two locks in opposite orders can each hold one and wait for "
                            + "the other for ever; taking every lock in one global order cannot deadlock.")
            .seed(new SeedRef(Seed.SEED_002, 219, 223, "Common Pitfalls", """
                    Common Pitfalls

                      • Forgetting to join: Threads won’t clean up properly
                      • Deadlocks: Two threads waiting on each other’s locks
                      • Race conditions: Unsynchronized access to shared data"""))
            .racy("nested-locks", PACKAGE + "NestedLockBank",
                    "transfer(from, to) locks from, then to: transfer(0, 1) and transfer(1, 0) lock in opposite orders.")
                .lincheck(EXPERIMENT).junit(EXPERIMENT).childJvm(EXPERIMENT)
                .critical("synchronized (accounts[from]) {", "synchronized (accounts[to]) {")
            .correct("global-order", PACKAGE + "OrderedLockBank",
                    "every transfer and the audit lock the accounts they touch from the lowest number up.")
                .lincheck(EXPERIMENT).junit(EXPERIMENT).childJvm(EXPERIMENT)
                .critical("Math.min(from, to)", "Math.max(from, to)")
                .mutant(Mutant.of("reverse-audit", PACKAGE + "mutants.ReverseAuditBank",
                        "the audit, written later, takes the locks from the last account down", LINCHECK, JUNIT))
                .mutant(Mutant.of("lower-lock-only", PACKAGE + "mutants.LowerLockOnlyBank",
                        "takes only the lower account's lock: \"the order is what prevents the deadlock\"", JUNIT))
            .build();

    private LockOrderEntry() {
    }
}
