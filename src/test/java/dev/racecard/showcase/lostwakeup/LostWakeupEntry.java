package dev.racecard.showcase.lostwakeup;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.lostwakeup.mutants.CheckOutsideLockMailbox;
import dev.racecard.showcase.lostwakeup.mutants.IfAwaitConditionMailbox;
import dev.racecard.showcase.lostwakeup.mutants.NotifyOneMailbox;
import dev.racecard.showcase.lostwakeup.mutants.SignalOneConditionMailbox;
import dev.racecard.showcase.lostwakeup.mutants.TakeWithoutNotifyMailbox;

import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.Tool.LINCHECK;

/**
 * Seed 002: Condition, wait for specific conditions with wait() and notify(). No jcstress: its
 * termination tests have one actor and one signal, and a stale wake-up needs two waiters of one
 * kind; actors that block in take() would leave a fork hanging whenever the race shows. Lincheck
 * explores a two-consumer program, and the trials run two of each kind for real.
 */
public final class LostWakeupEntry {

    public static final Pattern PATTERN = Racecard.pattern("lost-wakeup", "Lost wake-up (wait/notify, Condition)",
                    "A thread woken from wait() or Condition.await() must look at the condition again: with if "
                            + "instead of while, a consumer takes an empty slot and a producer overwrites a full one; "
                            + "a while loop under the lock, with notifyAll or signalAll when producers and consumers "
                            + "wait on one monitor or Condition, never acts on a stale wake-up and never sleeps "
                            + "through one.")
            .seed(Seed.SEED_002.quote(129, 129, "Other Synchronization Primitives",
                    "  • Condition: Wait for specific conditions with wait() and notify()"))
            .racy("if-wait", IfWaitMailbox.class,
                    "if (item == null) wait(): a woken thread does not look again.")
                .lincheck(LostWakeupExperiment.class).junit(LostWakeupExperiment.class)
                .critical("if (item == null) {", "if (item != null) {")
            .correct("while-wait", WhileWaitMailbox.class,
                    "while (item == null) wait() under the lock, and notifyAll().")
                .lincheck(LostWakeupExperiment.class).junit(LostWakeupExperiment.class)
                .critical("while (item == null) {", "while (item != null) {", "notifyAll();")
                .mutant(Mutant.of("notify-one", NotifyOneMailbox.class,
                        "notify() instead of notifyAll(): the one thread woken can be of the wrong kind", JUNIT))
                .mutant(Mutant.of("check-outside-lock", CheckOutsideLockMailbox.class,
                        "looks at the slot before taking the lock: a notifyAll between the look and the wait is lost",
                        JUNIT))
                .mutant(Mutant.of("take-without-notify", TakeWithoutNotifyMailbox.class,
                        "only put() signals: a producer waiting for the slot to empty is never woken by a take",
                        JUNIT))
            .correct("condition", ConditionMailbox.class,
                    "a ReentrantLock and one Condition for producers and consumers: while around await(), and "
                            + "signalAll().")
                .lincheck(LostWakeupExperiment.class).junit(LostWakeupExperiment.class)
                .critical("while (item == null) {", "while (item != null) {", "changed.signalAll();")
                .mutant(Mutant.of("signal-one", SignalOneConditionMailbox.class,
                        "signal() instead of signalAll(): producers and consumers share the Condition, so the one "
                                + "thread woken can be of the kind that cannot go on", JUNIT))
                .mutant(Mutant.of("if-await", IfAwaitConditionMailbox.class,
                        "if instead of while around await(): a woken consumer takes an empty slot", LINCHECK, JUNIT))
            .build();

    private LostWakeupEntry() {
    }
}
