package dev.racecard.showcase.lostwakeup;

import dev.racecard.experiments.BoundedThreads;
import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.junit.Subject;
import dev.racecard.showcase.lostwakeup.mutants.IfAwaitConditionMailbox;
import dev.racecard.showcase.lostwakeup.mutants.SignalOneConditionMailbox;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seed 002's Condition: producers and consumers pass items through a one-slot mailbox. Every item
 * must be taken exactly once, no take may come back empty, and nobody may be left waiting; threads
 * that all wait with nobody left to wake them are seen at once (BoundedThreads). A trial still
 * running at its bound without that evidence is an error of the experiment, never an outcome.
 */
class LostWakeupExperiment {

    /** Two producers and two consumers: two waiters of each kind, so one wake-up can reach the wrong one. */
    static final int CROWD_ITEMS_PER_PRODUCER = 1_000;
    /**
     * Then one producer and one consumer in turn: every hand-off has the window between a look at
     * the slot and the wait, and with a single partner a wake-up lost there is never sent again.
     * With 10,000 hand-offs a trial, check-outside-lock's lost wake-up came at trial 9, 3, 12 and 7
     * of 20 in four gate runs (2 cores, JDK 17): about one trial in eight, so about one run in
     * fifteen would have let it survive (it did, in one run beside a busy loop). Four times the
     * hand-offs are four times the windows: killed at trial 1 in the next runs. The cost falls on
     * the correct mailboxes, 3.6 → 9.2 s and 5.0 → 10.7 s for 20 trials (a mutant stops at its
     * first kill, and a racy mailbox that shows its race among the crowd hands off no more).
     */
    static final int PING_PONG_ITEMS = 40_000;
    static final int TRIALS = Budgets.trials(20);
    static final Duration BOUND = Duration.ofSeconds(10);
    /** Lincheck found the if-wait race within 200 invocations in each run tried. */
    static final int LINCHECK_INVOCATIONS = 500 * Budgets.scale();

    @RacecardTest(pattern = "lost-wakeup")
    void producersAndConsumersThroughOneSlot(Evidence evidence) throws Exception {
        evidence.trials(TRIALS)
                .acceptable("delivered", "every item taken exactly once, no empty take, nobody left waiting")
                .race("empty-take", "a consumer woke up and took an empty slot")
                .race("waits-for-ever", "threads left waiting with nobody to wake them: a wake-up was lost")
                .forbidden("lost-or-twice", "every thread returned and no take came back empty, yet an item was "
                        + "lost or taken twice: no mailbox here can do that (see trial)")
                .run(() -> {
                    String crowd = trial(evidence.create(Mailbox.class), 2, CROWD_ITEMS_PER_PRODUCER);
                    return crowd.equals("delivered") ? trial(evidence.create(Mailbox.class), 1, PING_PONG_ITEMS) : crowd;
                });
    }

    /**
     * The smallest program that shows the race: two consumers wait on the empty slot, one producer
     * puts two items. Lincheck explores its interleavings; a consumer coming back with nothing, or
     * both with the same item, fails the program's check. Every thread ends in every interleaving
     * for the correct mailbox (two takes, two puts), so a hang here is a tool failure, not the race.
     */
    @RacecardTest(pattern = "lost-wakeup")
    void twoConsumersOneProducerUnderLincheck(Evidence evidence) {
        Subject subject = evidence.subject();
        evidence.lincheckProgram(LINCHECK_INVOCATIONS, () -> {
            Mailbox mailbox = newMailbox(subject);
            String[] got = new String[2];
            Thread first = new Thread(() -> got[0] = uninterrupted(mailbox::take));
            Thread second = new Thread(() -> got[1] = uninterrupted(mailbox::take));
            Thread producer = new Thread(producer(mailbox, "item", 2));
            first.start();
            second.start();
            producer.start();
            joinAll(first, second, producer);
            if (got[0] == null || got[1] == null || got[0].equals(got[1])) {
                throw new AssertionError("the consumers took " + got[0] + " and " + got[1] + ", not item0 and item1");
            }
        });
    }

    /**
     * With {@code new}, not {@code evidence.create}: Lincheck 3.7's runConcurrentTest hangs ("Concurrent
     * test has hung", 60 s) on a mailbox built by reflection inside the program, through a Constructor,
     * a MethodHandle or a LambdaMetafactory supplier alike, and finds the race at once with {@code new}
     * (measured). So it builds each variant, and each mutant that runs through Lincheck, by name.
     */
    private static Mailbox newMailbox(Subject subject) {
        String implementation = subject.implementation();
        if (implementation.equals(IfWaitMailbox.class.getName())) {
            return new IfWaitMailbox();
        }
        if (implementation.equals(WhileWaitMailbox.class.getName())) {
            return new WhileWaitMailbox();
        }
        if (implementation.equals(ConditionMailbox.class.getName())) {
            return new ConditionMailbox();
        }
        if (implementation.equals(IfAwaitConditionMailbox.class.getName())) {
            return new IfAwaitConditionMailbox();
        }
        if (implementation.equals(SignalOneConditionMailbox.class.getName())) {
            return new SignalOneConditionMailbox();
        }
        throw new IllegalStateException("no Lincheck program for " + subject);
    }

    /** {@code producers} producers and as many consumers, each producer putting {@code items}. */
    static String trial(Mailbox mailbox, int producers, int items) throws InterruptedException {
        AtomicBoolean emptyTake = new AtomicBoolean();
        AtomicInteger twice = new AtomicInteger();
        Set<String> taken = ConcurrentHashMap.newKeySet();
        Runnable consumer = () -> {
            for (int i = 0; i < items; i++) {
                String item = uninterrupted(mailbox::take);
                if (item == null) {
                    emptyTake.set(true);
                } else if (!taken.add(item)) {
                    twice.incrementAndGet();
                }
            }
        };
        Runnable[] threads = new Runnable[2 * producers];
        for (int p = 0; p < producers; p++) {
            threads[2 * p] = producer(mailbox, "p" + p + "-", items);
            threads[2 * p + 1] = consumer;
        }
        BoundedThreads.Run run = BoundedThreads.run(BOUND, threads);
        if (emptyTake.get()) {
            return "empty-take";
        }
        return switch (run.ending()) {
            case WAITING_FOREVER, DEADLOCKED -> "waits-for-ever";
            case TIMED_OUT -> throw run.timeoutError();
            case FAILED -> throw new IllegalStateException("a producer or consumer threw", run.failure());
            // Every mailbox here, variant or mutant, empties the slot in the same critical section that
            // reads it, so no item is taken twice; and as many takes as puts, none empty, leave no put
            // unmatched, so none was overwritten: forbidden for every subject, a check of the harness.
            case COMPLETED -> taken.size() == producers * items && twice.get() == 0 ? "delivered" : "lost-or-twice";
        };
    }

    private static Runnable producer(Mailbox mailbox, String name, int items) {
        return () -> {
            for (int i = 0; i < items; i++) {
                String item = name + i;
                uninterrupted(() -> {
                    mailbox.put(item);
                    return null;
                });
            }
        };
    }

    private static void joinAll(Thread... threads) {
        for (Thread t : threads) {
            uninterrupted(() -> {
                t.join();
                return null;
            });
        }
    }

    private interface Blocking<T> {
        T call() throws InterruptedException;
    }

    /** An interrupt only comes from the bound's clean-up: end the thread quietly. */
    private static <T> T uninterrupted(Blocking<T> call) {
        try {
            return call.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
