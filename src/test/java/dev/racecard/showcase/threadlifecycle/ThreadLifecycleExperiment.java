package dev.racecard.showcase.threadlifecycle;

import dev.racecard.experiments.BoundedThreads;
import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.junit.UnderTest;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Seeds 000/001/004, a thread's lifecycle, run for real. A trial is rounds of two threads released
 * together ({@link TwoThreadRounds}), each round on a new worker. Lazy start: both threads call
 * ensureStarted() and then awaitAnswer(); did a second start() throw, did a caller come back with
 * null? Hand-off: one thread starts the worker while the other waits for its answer; did the reader
 * come back with null? After the rounds every worker is waited for, bounded, so that none outlives
 * its trial, and every answer is checked. Lincheck model-checks the lazy-start contract too.
 */
class ThreadLifecycleExperiment {

    static final String PATTERN = "thread-lifecycle";
    static final int TRIALS = Budgets.trials(20);
    /** Hand-off's rounds: the reader's window is a whole start(), tens of µs. */
    static final int ROUNDS = 200;
    /**
     * Lazy start's rounds: a caller that lost the guard and joins before the winner's start() has a
     * window of a few ns (the winner's step from compareAndSet into start(); start() and join() both
     * lock the Thread). Measured on 2 busy cores, JDK 17, with JoinBeforeStartWorker: 81 of 1,000
     * trials of 200 rounds (5 runs: 30, 3, 4, 16, 28 of 200), about 1 round in 2,500; at 20 trials
     * of 1,000 rounds a run kills it unless the rate falls to the lowest run's (then ~78 %).
     */
    static final int LAZY_START_ROUNDS = 1_000;
    /**
     * A trial takes ~0.4 s (1,000 rounds, each starting a thread); a bound only caps a wait, so it is
     * far above that: at a load of 14 on 2 cores, one trial of 1,000 rounds ran past 10 s.
     */
    static final Duration BOUND = Duration.ofSeconds(30);
    /**
     * One scenario (each thread: ensureStarted(), awaitAnswer()), so the budget is its invocations;
     * each starts a worker thread in Lincheck's model, ~17 ms apiece. get-then-set fell at once.
     */
    static final int LINCHECK_INVOCATIONS = 300 * Budgets.scale();

    @RacecardTest(pattern = PATTERN, variant = "check-alive-then-start")
    void twoThreadsStartTheWorkerIfItIsNotAlive(Evidence evidence) throws Exception {
        lazyStart(evidence);
    }

    @RacecardTest(pattern = PATTERN, variant = "cas-guard")
    void twoThreadsStartTheWorkerBehindACasGuard(Evidence evidence) throws Exception {
        lazyStart(evidence);
    }

    /**
     * The lazy-start contract for Lincheck: one operation, ensureStarted() then awaitAnswer(), from
     * each of two threads; in any sequential order both return the answer.
     */
    public static class LazyWorkerSpec {
        private final LazyWorker worker = UnderTest.create(LazyWorker.class);

        @Operation
        public String startThenAwait() {
            return ThreadLifecycleExperiment.startThenAwait(worker);
        }
    }

    @RacecardTest(pattern = PATTERN, variant = "cas-guard")
    void twoCallersStartThenAwaitUnderLincheck(Evidence evidence) {
        evidence.lincheck(new ModelCheckingOptions().iterations(1).invocationsPerIteration(LINCHECK_INVOCATIONS)
                .threads(2).actorsPerThread(1).actorsBefore(0).actorsAfter(0), LazyWorkerSpec.class);
    }

    @RacecardTest(pattern = PATTERN, variant = "join-unstarted")
    void aReaderJoinsTheWorkerWhileAnotherThreadStartsIt(Evidence evidence) throws Exception {
        handoff(evidence);
    }

    @RacecardTest(pattern = PATTERN, variant = "future-handoff")
    void aReaderWaitsOnTheFutureWhileAnotherThreadStartsTheWorker(Evidence evidence) throws Exception {
        handoff(evidence);
    }

    static void lazyStart(Evidence evidence) throws Exception {
        evidence.trials(TRIALS)
                .acceptable("started-once", "in every round both callers got the worker's answer, and neither start() threw")
                .race("started-twice", "in some round both threads called start(): the second threw "
                        + "IllegalThreadStateException")
                .forbidden("no-answer", "in some round a caller came back from awaitAnswer() with null: it joined the "
                        + "worker before anyone had started it, or did not wait for it to end")
                .forbidden("stuck", "a round's threads stuck for good (a lock cycle, or all waiting with nothing moving): none of the variants blocks")
                .run(() -> lazyStartTrial(() -> evidence.create(LazyWorker.class)));
    }

    static void handoff(Evidence evidence) throws Exception {
        evidence.trials(TRIALS)
                .acceptable("answered", "in every round the reader got the worker's answer")
                .race("null-answer", "in some round the reader came back with null: it joined, or looked, before "
                        + "the worker had been started or had answered")
                .forbidden("stuck", "a round's threads stuck for good (all waiting with nothing moving): the reader waits only "
                        + "for a worker that is being started")
                .run(() -> handoffTrial(() -> evidence.create(WorkerHandoff.class)));
    }

    /** What a caller keeps when its ensureStarted() threw: the exception stops it before awaitAnswer(). */
    private static final String REFUSED = "start() refused";

    /**
     * The contract as callers use it: in each round both threads call ensureStarted() and then
     * awaitAnswer(), and keep what they got.
     */
    static String lazyStartTrial(Supplier<LazyWorker> subject) throws InterruptedException {
        LazyWorker[] workers = new LazyWorker[LAZY_START_ROUNDS];
        Arrays.setAll(workers, round -> subject.get());
        String[][] got = new String[2][LAZY_START_ROUNDS];
        if (!completed(TwoThreadRounds.run(BOUND, LAZY_START_ROUNDS, round -> got[0][round] = startThenAwait(workers[round]),
                round -> got[1][round] = startThenAwait(workers[round])))) {
            return "stuck";
        }
        // a caller that came back early may have left its worker running: wait for each, so none outlives the trial
        if (!completed(BoundedThreads.run(BOUND, () -> Arrays.stream(workers).forEach(w -> await(w::awaitAnswer))))) {
            return "stuck";
        }
        List<String> all = Arrays.stream(got).flatMap(Arrays::stream).toList();
        if (all.contains(REFUSED)) {
            return "started-twice";
        }
        return all.stream().allMatch(WorkerJob.ANSWER::equals) ? "started-once" : "no-answer";
    }

    static String startThenAwait(LazyWorker worker) {
        try {
            worker.ensureStarted();
        } catch (IllegalThreadStateException e) {
            return REFUSED; // the JVM's refusal to start a thread twice
        }
        return await(worker::awaitAnswer);
    }

    static String handoffTrial(Supplier<WorkerHandoff> subject) throws InterruptedException {
        WorkerHandoff[] handoffs = new WorkerHandoff[ROUNDS];
        Arrays.setAll(handoffs, round -> subject.get());
        String[] seen = new String[ROUNDS];
        if (!completed(TwoThreadRounds.run(BOUND, ROUNDS, round -> handoffs[round].startWorker(),
                round -> seen[round] = await(handoffs[round]::awaitAnswer)))) {
            return "stuck";
        }
        // every worker has been started by now: wait for each, so none outlives the trial
        if (!completed(BoundedThreads.run(BOUND, () -> Arrays.stream(handoffs).forEach(h -> await(h::awaitAnswer))))) {
            return "stuck";
        }
        if (Arrays.stream(seen).filter(Objects::nonNull).anyMatch(answer -> !answer.equals(WorkerJob.ANSWER))) {
            throw new IllegalStateException("a reader got an answer the worker never gave: " + Arrays.toString(seen));
        }
        return Arrays.stream(seen).anyMatch(Objects::isNull) ? "null-answer" : "answered";
    }

    /**
     * Whether the threads returned (false: they wait with nobody left to wake them, BoundedThreads'
     * evidence). A thread that threw, or threads still running at the bound, are the experiment's
     * error, never an outcome: a timeout alone says the machine was slow as well as that code blocks.
     */
    private static boolean completed(BoundedThreads.Run run) {
        return switch (run.ending()) {
            case COMPLETED -> true;
            case WAITING_FOREVER, DEADLOCKED -> false;
            case FAILED -> throw new IllegalStateException("a thread of the trial threw", run.failure());
            case TIMED_OUT -> throw run.timeoutError();
        };
    }

    private interface Wait {
        String answer() throws InterruptedException;
    }

    private static String await(Wait wait) {
        try {
            return wait.answer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the worker", e);
        }
    }
}
