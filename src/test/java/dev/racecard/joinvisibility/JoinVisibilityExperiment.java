package dev.racecard.joinvisibility;

import dev.racecard.catalog.Tool;
import dev.racecard.evidence.Budgets;
import dev.racecard.junit.Subject;
import dev.racecard.evidence.Subjects;
import dev.racecard.evidence.TrialHistogram;
import dev.racecard.patterns.joinvisibility.AnswerCollector;
import dev.racecard.patterns.joinvisibility.PooledCollector;
import dev.racecard.patterns.joinvisibility.SquareJob;
import dev.racecard.patterns.joinvisibility.SquareWorker;
import dev.racecard.patterns.joinvisibility.TimedCollector;
import dev.racecard.patterns.joinvisibility.Waited;
import dev.racecard.report.model.Expectation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Seed 001's "Thread Subclass with Attribute" and "join(timeout)" programs, run many times: each
 * trial starts a worker that squares its value, and main collects the answer its way.
 *
 * <p>Two kinds of job. The seed's own is instant ({@code self.value ** 2}). The seeds' slow task
 * ({@code time.sleep(2)} against {@code join(timeout=1)}) is scaled down to a job whose duration
 * varies around the timeout, as a real slow task's does: uniformly between 0 and twice the
 * timeout, from a fixed seed, so that about half the jobs finish in time and half do not, and
 * every way of waiting faces both cases.
 *
 * <p>The trials record evidence; the gate, not this test, judges it.
 */
class JoinVisibilitySeedExperiment {

    static final String PATTERN = "join-visibility";
    static final int INSTANT_TRIALS = Budgets.trials(200);
    static final int SLOW_TRIALS = Budgets.trials(40);
    /** Seed 001: a 2 s task joined with timeout=1; scaled down to 20 ms. */
    static final long TIMEOUT_MILLIS = 20;
    static final long MAX_JOB_MILLIS = 2 * TIMEOUT_MILLIS;

    static final ExecutorService POOL = Executors.newFixedThreadPool(2, task -> {
        Thread t = new Thread(task, "square-pool");
        t.setDaemon(true);
        return t;
    });

    @AfterAll
    static void shutdown() {
        POOL.shutdownNow();
    }

    static Stream<Subject> threadCollectors() {
        return Subjects.of(PATTERN, Tool.JUNIT, "unjoined-read", "joined-read");
    }

    static Stream<Subject> timedCollectors() {
        return Subjects.of(PATTERN, Tool.JUNIT, "timed-join-read", "timed-join-checked");
    }

    static Stream<Subject> pooledCollectors() {
        return Subjects.of(PATTERN, Tool.JUNIT, "future-get");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("threadCollectors")
    void startAWorkerAndCollectItsAnswer(Subject subject) throws InterruptedException {
        AnswerCollector collector = subject.create(AnswerCollector.class);
        TrialHistogram histogram = histogram(subject);
        SlowJobs jobs = new SlowJobs();
        for (int i = 1; i <= INSTANT_TRIALS + SLOW_TRIALS; i++) {
            long work = i <= INSTANT_TRIALS ? 0 : jobs.next();
            SquareWorker worker = new SquareWorker(i, work);
            worker.start();
            observe(histogram, collector.collect(worker), i);
            worker.join(); // not part of the collector: only so that no trial leaks a thread
        }
        histogram.setting("jobs", jobs.describe(INSTANT_TRIALS));
        histogram.record();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timedCollectors")
    void joinWithATimeoutAJobThatMayOutliveIt(Subject subject) throws InterruptedException {
        TimedCollector collector = subject.create(TimedCollector.class, TIMEOUT_MILLIS);
        TrialHistogram histogram = histogram(subject)
                .outcome("still-running", "main reported the worker still running after the timeout",
                        Expectation.ACCEPTABLE);
        SlowJobs jobs = new SlowJobs();
        for (int i = 1; i <= SLOW_TRIALS; i++) {
            SquareWorker worker = new SquareWorker(i, jobs.next());
            worker.start();
            Waited waited = collector.collect(worker);
            if (waited.stillRunning()) {
                histogram.observe("still-running");
            } else {
                observe(histogram, waited.answer(), i);
            }
            worker.join();
        }
        histogram.setting("timeout", TIMEOUT_MILLIS + " ms").setting("jobs", jobs.describe(0));
        histogram.record();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pooledCollectors")
    void submitAJobToAPoolAndCollectItsAnswer(Subject subject) throws InterruptedException, ExecutionException {
        PooledCollector collector = subject.create(PooledCollector.class);
        TrialHistogram histogram = histogram(subject);
        SlowJobs jobs = new SlowJobs();
        for (int i = 1; i <= INSTANT_TRIALS + SLOW_TRIALS; i++) {
            long work = i <= INSTANT_TRIALS ? 0 : jobs.next();
            SquareJob job = new SquareJob(i, work);
            observe(histogram, collector.collect(POOL, job), i);
            job.awaitFinished(); // not part of the collector: only so that no trial queues behind another's job
        }
        histogram.setting("jobs", jobs.describe(INSTANT_TRIALS));
        histogram.record();
    }

    private TrialHistogram histogram(Subject subject) {
        return new TrialHistogram(subject, Tool.JUNIT, subject.testId(getClass()))
                .outcome("answer", "main got the worker's answer", Expectation.ACCEPTABLE)
                .outcome("none", "main went on with None: the answer was not there when it looked",
                        subject.raceOutcome())
                .outcome("wrong", "main got a number that is not the square: impossible for any variant",
                        Expectation.FORBIDDEN);
    }

    private static void observe(TrialHistogram histogram, Integer answer, int value) {
        histogram.observe(answer == null ? "none" : answer == value * value ? "answer" : "wrong");
    }

    /** Job durations, uniform in 0..2×timeout ms, the same sequence in every run. */
    static final class SlowJobs {
        private final Random random = new Random(20261123L);
        private int count;
        private int overTimeout;

        long next() {
            long millis = random.nextInt((int) MAX_JOB_MILLIS + 1);
            count++;
            if (millis > TIMEOUT_MILLIS) {
                overTimeout++;
            }
            return millis;
        }

        String describe(int instant) {
            String slow = count + " slow (0-" + MAX_JOB_MILLIS + " ms, " + overTimeout + " longer than "
                    + TIMEOUT_MILLIS + " ms)";
            return instant == 0 ? slow : instant + " instant (the seed's square) + " + slow;
        }
    }
}
