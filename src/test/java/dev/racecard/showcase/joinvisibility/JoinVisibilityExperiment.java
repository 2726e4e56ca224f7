package dev.racecard.showcase.joinvisibility;

import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.junit.Trials;
import org.junit.jupiter.api.AfterAll;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
class JoinVisibilityExperiment {

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

    @RacecardTest(pattern = PATTERN, variant = {"unjoined-read", "joined-read"})
    void startAWorkerAndCollectItsAnswer(Evidence evidence) throws Exception {
        AnswerCollector collector = evidence.create(AnswerCollector.class);
        Jobs jobs = new Jobs(INSTANT_TRIALS, SLOW_TRIALS);
        answerTrials(evidence, jobs)
                .run(() -> {
                    Jobs.Job job = jobs.next();
                    SquareWorker worker = new SquareWorker(job.value(), job.millis());
                    worker.start();
                    String outcome = outcome(collector.collect(worker), job.value());
                    worker.join(); // not part of the collector: only so that no trial leaks a thread
                    return outcome;
                });
    }

    @RacecardTest(pattern = PATTERN, variant = {"timed-join-read", "timed-join-checked"})
    void joinWithATimeoutAJobThatMayOutliveIt(Evidence evidence) throws Exception {
        TimedCollector collector = evidence.create(TimedCollector.class, TIMEOUT_MILLIS);
        Jobs jobs = new Jobs(0, SLOW_TRIALS);
        answerTrials(evidence, jobs)
                .acceptable("still-running", "main reported the worker still running after the timeout")
                .setting("timeout", TIMEOUT_MILLIS + " ms")
                .run(() -> {
                    Jobs.Job job = jobs.next();
                    SquareWorker worker = new SquareWorker(job.value(), job.millis());
                    worker.start();
                    Waited waited = collector.collect(worker);
                    worker.join();
                    return waited.stillRunning() ? "still-running" : outcome(waited.answer(), job.value());
                });
    }

    @RacecardTest(pattern = PATTERN, variant = "future-get")
    void submitAJobToAPoolAndCollectItsAnswer(Evidence evidence) throws Exception {
        PooledCollector collector = evidence.create(PooledCollector.class);
        Jobs jobs = new Jobs(INSTANT_TRIALS, SLOW_TRIALS);
        answerTrials(evidence, jobs)
                .run(() -> {
                    Jobs.Job next = jobs.next();
                    SquareJob job = new SquareJob(next.value(), next.millis());
                    String outcome = outcome(collector.collect(POOL, job), next.value());
                    job.awaitFinished(); // not part of the collector: only so that no trial queues behind another's job
                    return outcome;
                });
    }

    /** A trial per job; each collects the job's answer. */
    private static Trials answerTrials(Evidence evidence, Jobs jobs) {
        return evidence.trials(jobs.count()).setting("jobs", jobs.describe())
                .acceptable("answer", "main got the worker's answer")
                .race("none", "main went on with None: the answer was not there when it looked")
                .forbidden("wrong", "main got a number that is not the square: impossible for any variant");
    }

    private static String outcome(Integer answer, int value) {
        return answer == null ? "none" : answer == value * value ? "answer" : "wrong";
    }

    /**
     * The trials' jobs, job i squaring i: first the instant ones (the seed's square), then slow
     * ones whose durations are uniform in 0..2×timeout ms, the same sequence in every run.
     */
    static final class Jobs {
        record Job(int value, long millis) {
        }

        private final int instant;
        private final long[] slowMillis;
        private int next;

        Jobs(int instant, int slow) {
            this.instant = instant;
            Random random = new Random(20261123L);
            slowMillis = new long[slow];
            for (int i = 0; i < slow; i++) {
                slowMillis[i] = random.nextInt((int) MAX_JOB_MILLIS + 1);
            }
        }

        int count() {
            return instant + slowMillis.length;
        }

        Job next() {
            int i = next++;
            return new Job(i + 1, i < instant ? 0 : slowMillis[i - instant]);
        }

        String describe() {
            long overTimeout = Arrays.stream(slowMillis).filter(m -> m > TIMEOUT_MILLIS).count();
            String slow = slowMillis.length + " slow (0-" + MAX_JOB_MILLIS + " ms, " + overTimeout + " longer than "
                    + TIMEOUT_MILLIS + " ms)";
            return instant == 0 ? slow : instant + " instant (the seed's square) + " + slow;
        }
    }
}
