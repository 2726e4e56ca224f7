package dev.racecard.showcase.lockorder;

import dev.racecard.experiments.BoundedThreads;
import dev.racecard.junit.Budgets;
import dev.racecard.junit.ChildTrial;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.LincheckFailureKind;
import dev.racecard.junit.RacecardTest;
import dev.racecard.junit.UnderTest;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Seed 002's deadlock: transfers between accounts in both directions, and an audit, from several
 * threads at once. Lincheck explores the interleavings and reports a deadlock its managed run
 * detects as a hang (declared as this experiment's race; its wall-clock timeout, or any other
 * failure, is an error). The trials run the threads for real, bounded, and ask the JVM's deadlock
 * detector; a run still going at the bound without a lock cycle is a timeout, an error.
 */
class LockOrderExperiment {

    static final int TRANSFERS = 100_000;
    static final int TRIALS = Budgets.trials(20);
    /** The work takes milliseconds: the bound only ends a run; a deadlock is shown by its lock cycle. */
    static final Duration BOUND = Duration.ofSeconds(10);

    public static class BankSpec {
        private final Bank bank = UnderTest.create(Bank.class);

        @Operation
        public void transferUp() {
            bank.transfer(0, 1, 1);
        }

        @Operation
        public void transferDown() {
            bank.transfer(1, 0, 1);
        }

        @Operation
        public long audit() {
            return bank.total();
        }
    }

    @RacecardTest(pattern = "lock-order")
    void transfersNeverWaitInACircle(Evidence evidence) {
        evidence.lincheck(new ModelCheckingOptions().iterations(10 * Budgets.scale()).invocationsPerIteration(200)
                .threads(2).actorsPerThread(2), BankSpec.class, LincheckFailureKind.HANG);
    }

    @RacecardTest(pattern = "lock-order")
    void transfersAndAuditsFromFourThreads(Evidence evidence) throws Exception {
        long opening = Bank.ACCOUNTS * Bank.OPENING_BALANCE;
        evidence.trials(TRIALS)
                .acceptable("completed", "every transfer and audit done, and every audit saw " + opening)
                .race("deadlock", "threads waited on each other's locks (the JVM's deadlock detector), killed at the bound")
                // every variant writes each balance with its account's monitor held, and the audit reads
                // with all three held (JLS 17.4.5: an unlock happens-before every later lock of that
                // monitor), so no variant can lose a transfer; only a mutant that drops a lock can
                .forbidden("money-changed", "an audit or the final total was not " + opening + ": a transfer was "
                        + "lost, which needs a balance written without its account's lock")
                .forbidden("stuck", "threads waiting for good with no lock cycle (a dead lock owner, or nothing "
                        + "moving for seconds): these monitors are only ever held inside a transfer or an audit")
                .run(() -> trial(evidence.create(Bank.class), opening));
    }

    @RacecardTest(pattern = "lock-order")
    void theProgramInAChildJvm(Evidence evidence) throws Exception {
        ChildTrial.record(evidence, getClass());
    }

    /**
     * The child's program does its transfers in {@value #CHILD_ROUNDS} batches, one after another:
     * the opposite-order transfers of one batch deadlocked in 18 of 20 child JVMs (measured alone,
     * 2 cores, JDK 17), so one batch in each of two children missed the deadlock in both about once in
     * a dozen full builds; a later batch runs compiled code and meets the same lock order again.
     */
    static final int CHILD_ROUNDS = 3;

    /** The child JVM's program: two threads deadlocked keep the JVM alive, and no later batch starts. */
    static boolean childTrial(String implementation) throws Exception {
        Bank bank = ChildTrial.create(implementation, Bank.class);
        for (int round = 0; round < CHILD_ROUNDS; round++) {
            if (!trial(bank, Bank.ACCOUNTS * Bank.OPENING_BALANCE).equals("completed")) {
                return false;
            }
        }
        return true;
    }

    static String trial(Bank bank, long opening) throws InterruptedException {
        AtomicBoolean audited = new AtomicBoolean(true);
        BoundedThreads.Run run = BoundedThreads.run(BOUND,
                () -> repeat(() -> bank.transfer(0, 1, 1)),
                () -> repeat(() -> bank.transfer(1, 0, 1)),
                () -> repeat(() -> bank.transfer(1, 2, 1)),
                () -> {
                    for (int i = 0; i < TRANSFERS / 10; i++) {
                        if (bank.total() != opening) {
                            audited.set(false);
                        }
                    }
                });
        return switch (run.ending()) {
            case DEADLOCKED -> "deadlock";
            case WAITING_FOREVER -> "stuck";
            case TIMED_OUT -> throw run.timeoutError();
            case FAILED -> throw new IllegalStateException("a transfer threw", run.failure());
            case COMPLETED -> audited.get() && bank.total() == opening ? "completed" : "money-changed";
        };
    }

    private static void repeat(Runnable transfer) {
        for (int i = 0; i < TRANSFERS; i++) {
            transfer.run();
        }
    }
}
