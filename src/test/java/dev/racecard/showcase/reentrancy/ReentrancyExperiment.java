package dev.racecard.showcase.reentrancy;

import dev.racecard.experiments.BoundedThreads;
import dev.racecard.junit.Budgets;
import dev.racecard.junit.ChildTrial;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Seed 002's RLock: a thread registers a batch (registerAll takes the lock and calls register,
 * which takes it again), then two threads register names at once, and the size is read. A thread
 * that waits for a lock nobody left running can release, itself included, is seen at once
 * (BoundedThreads) and abandoned; a trial still running at its bound without that evidence is an
 * error of the experiment, never an outcome.
 */
class ReentrancyExperiment {

    static final int TRIALS = Budgets.trials(10);
    static final Duration BOUND = Duration.ofSeconds(10);
    static final int BATCH = 100;
    static final int NAMES_PER_THREAD = 20_000;

    @RacecardTest(pattern = "reentrancy")
    void nestedAndConcurrentRegistrations(Evidence evidence) throws Exception {
        int expected = BATCH + 2 * NAMES_PER_THREAD;
        evidence.trials(TRIALS)
                .acceptable("registered", "every name registered: " + expected)
                .race("waits-for-ever", "a thread waits for ever for the lock: its own, or one left held")
                .race("lost", "fewer than " + expected + " names: registrations were skipped")
                .run(() -> trial(evidence.create(Registry.class), expected));
    }

    @RacecardTest(pattern = "reentrancy")
    void theProgramInAChildJvm(Evidence evidence) throws Exception {
        ChildTrial.record(evidence, getClass());
    }

    /** One trial as the child JVM's program: a thread waiting for its own lock keeps the JVM alive. */
    static boolean childTrial(String implementation) throws Exception {
        return trial(ChildTrial.create(implementation, Registry.class), BATCH + 2 * NAMES_PER_THREAD)
                .equals("registered");
    }

    static String trial(Registry registry, int expected) throws InterruptedException {
        List<String> batch = IntStream.range(0, BATCH).mapToObj(i -> "batch-" + i).toList();
        BoundedThreads.Run nested = BoundedThreads.run(BOUND, () -> registry.registerAll(batch));
        if (nested.ending() != BoundedThreads.Ending.COMPLETED) {
            return outcome(nested);
        }
        BoundedThreads.Run concurrent = BoundedThreads.run(BOUND,
                () -> IntStream.range(0, NAMES_PER_THREAD).forEach(i -> registry.register("a-" + i)),
                () -> IntStream.range(0, NAMES_PER_THREAD).forEach(i -> registry.register("b-" + i)));
        if (concurrent.ending() != BoundedThreads.Ending.COMPLETED) {
            return outcome(concurrent);
        }
        return registry.size() == expected ? "registered" : "lost";
    }

    private static String outcome(BoundedThreads.Run run) {
        return switch (run.ending()) {
            case WAITING_FOREVER, DEADLOCKED -> "waits-for-ever";
            case TIMED_OUT -> throw run.timeoutError();
            case FAILED -> throw new IllegalStateException("a registration threw", run.failure());
            case COMPLETED -> throw new IllegalArgumentException("completed");
        };
    }
}
