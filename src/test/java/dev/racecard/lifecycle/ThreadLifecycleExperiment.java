package dev.racecard.lifecycle;

import dev.racecard.evidence.Budgets;
import dev.racecard.experiments.BoundedThreads;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.patterns.lifecycle.LazyWorker;
import dev.racecard.patterns.lifecycle.WorkerHandoff;
import dev.racecard.patterns.lifecycle.WorkerJob;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Seeds 000/001/004, a thread's lifecycle, run for real. A trial is {@value #ROUNDS} rounds of two
 * threads released together ({@link TwoThreadRounds}), each round on a new worker. Lazy start: both
 * threads call ensureStarted(); did a second start() throw? Hand-off: one thread starts the worker
 * while the other waits for its answer; did the reader come back with null? After the rounds every
 * worker is waited for, bounded, so that none outlives its trial, and every answer is checked.
 */
class ThreadLifecycleExperiment {

    static final String PATTERN = "thread-lifecycle";
    static final int TRIALS = Budgets.trials(20);
    static final int ROUNDS = 200;
    /** A round takes well under a millisecond; a run still there at this bound without evidence of being stuck is a timeout. */
    static final Duration BOUND = Duration.ofSeconds(10);

    @RacecardTest(pattern = PATTERN, variant = "check-alive-then-start")
    void twoThreadsStartTheWorkerIfItIsNotAlive(Evidence evidence) throws Exception {
        lazyStart(evidence);
    }

    @RacecardTest(pattern = PATTERN, variant = "cas-guard")
    void twoThreadsStartTheWorkerBehindACasGuard(Evidence evidence) throws Exception {
        lazyStart(evidence);
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
                .acceptable("started-once", "in every round one thread started the worker and the other found it started")
                .race("started-twice", "in some round both threads called start(): the second threw "
                        + "IllegalThreadStateException")
                .forbidden("no-answer", "a worker never answered: nobody started it")
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

    static String lazyStartTrial(Supplier<LazyWorker> subject) throws InterruptedException {
        LazyWorker[] workers = new LazyWorker[ROUNDS];
        Arrays.setAll(workers, round -> subject.get());
        AtomicInteger refused = new AtomicInteger();
        IntConsumer ensureStarted = round -> {
            try {
                workers[round].ensureStarted();
            } catch (IllegalThreadStateException e) {
                refused.incrementAndGet(); // the JVM's refusal to start a thread twice
            }
        };
        if (!completed(TwoThreadRounds.run(BOUND, ROUNDS, ensureStarted, ensureStarted))) {
            return "stuck";
        }
        String[] answers = new String[ROUNDS];
        if (!completed(BoundedThreads.run(BOUND, () -> Arrays.setAll(answers, round -> await(workers[round]::awaitAnswer))))) {
            return "stuck";
        }
        if (!Arrays.stream(answers).allMatch(WorkerJob.ANSWER::equals)) {
            return "no-answer";
        }
        return refused.get() > 0 ? "started-twice" : "started-once";
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

    /** Whether the threads returned; a thread that threw is the experiment's error, never an outcome. */
    private static boolean completed(BoundedThreads.Run run) {
        if (run.ending() == BoundedThreads.Ending.FAILED) {
            throw new IllegalStateException("a thread of the trial threw", run.failure());
        }
        if (run.ending() == BoundedThreads.Ending.TIMED_OUT) {
            throw run.timeoutError();
        }
        return run.ending() == BoundedThreads.Ending.COMPLETED;
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
