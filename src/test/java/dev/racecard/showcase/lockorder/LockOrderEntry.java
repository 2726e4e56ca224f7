package dev.racecard.showcase.lockorder;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.lockorder.mutants.LowerLockOnlyBank;
import dev.racecard.showcase.lockorder.mutants.ReverseAuditBank;

import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.Tool.LINCHECK;

/** Seed 002, "Common Pitfalls": deadlocks, two threads waiting on each other's locks. */
public final class LockOrderEntry {

    public static final Pattern PATTERN = Racecard.pattern("lock-order", "Deadlock by lock order",
                    "Two threads that take the same two locks in opposite orders can each hold one and wait for "
                            + "the other for ever; taking every lock in one global order cannot deadlock.")
            .seed(Seed.SEED_002.quote(219, 223, "Common Pitfalls", """
                    Common Pitfalls

                      • Forgetting to join: Threads won’t clean up properly
                      • Deadlocks: Two threads waiting on each other’s locks
                      • Race conditions: Unsynchronized access to shared data"""))
            .racy("nested-locks", NestedLockBank.class,
                    "transfer(from, to) locks from, then to: transfer(0, 1) and transfer(1, 0) lock in opposite orders.")
                .lincheck(LockOrderExperiment.class).junit(LockOrderExperiment.class).childJvm(LockOrderExperiment.class)
                .critical("synchronized (accounts[from]) {", "synchronized (accounts[to]) {")
            .correct("global-order", OrderedLockBank.class,
                    "every transfer and the audit lock the accounts they touch from the lowest number up.")
                .lincheck(LockOrderExperiment.class).junit(LockOrderExperiment.class).childJvm(LockOrderExperiment.class)
                .critical("Math.min(from, to)", "Math.max(from, to)")
                .mutant(Mutant.of("reverse-audit", ReverseAuditBank.class,
                        "the audit, written later, takes the locks from the last account down", LINCHECK, JUNIT))
                .mutant(Mutant.of("lower-lock-only", LowerLockOnlyBank.class,
                        "takes only the lower account's lock: \"the order is what prevents the deadlock\"", JUNIT))
            .build();

    private LockOrderEntry() {
    }
}
