package dev.racecard.joinvisibility;

import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.evidence.Budgets;
import dev.racecard.evidence.CatalogVariants;
import dev.racecard.evidence.TrialHistogram;
import dev.racecard.patterns.joinvisibility.AnswerCollector;
import dev.racecard.patterns.joinvisibility.FutureAnswer;
import dev.racecard.patterns.joinvisibility.JoinedRead;
import dev.racecard.patterns.joinvisibility.SquareWorker;
import dev.racecard.patterns.joinvisibility.TimedJoinRead;
import dev.racecard.patterns.joinvisibility.UnjoinedRead;
import dev.racecard.report.model.Expectation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Seed 001's "Thread Subclass with Attribute" and "join(timeout)" programs, run many times: each
 * trial starts a worker that squares its value, and main collects the answer its way.
 */
class JoinVisibilitySeedExperiment {

    static final int TRIALS = Budgets.trials(1000);
    static final int SLOW_TRIALS = Budgets.trials(20);
    /** Seed 001: a 2 s task joined with timeout=1; scaled down to 100 ms and 20 ms. */
    static final long SLOW_JOB_MILLIS = 100;
    static final long JOIN_TIMEOUT_MILLIS = 20;

    static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @AfterAll
    static void shutdown() {
        POOL.shutdownNow();
    }

    private static TrialHistogram histogram(String variantId, int trials) {
        Variant variant = CatalogVariants.get("join-visibility", variantId);
        return new TrialHistogram("join-visibility", variantId,
                JoinVisibilitySeedExperiment.class.getName() + "#" + variantId)
                .outcome("answer", "main got the worker's answer", Expectation.ACCEPTABLE)
                .outcome("none", "main got None: the answer was not there when it looked",
                        CatalogVariants.raceOutcome(variant))
                .outcome("wrong", "main got a number that is not the square", Expectation.FORBIDDEN)
                .setting("trials", trials);
    }

    private static void observe(TrialHistogram histogram, Integer answer, int expected) {
        histogram.observe(answer == null ? "none" : answer == expected ? "answer" : "wrong");
    }

    private static void verify(TrialHistogram histogram, String variantId) {
        histogram.record();
        assertEquals(0, histogram.count("wrong"), variantId + " produced a wrong square");
        if (CatalogVariants.get("join-visibility", variantId).kind() == VariantKind.CORRECT) {
            assertEquals(0, histogram.count("none"), variantId + " missed the answer");
        }
    }

    private static void collectFromThreads(String variantId, AnswerCollector collector, int trials, long jobMillis)
            throws InterruptedException {
        TrialHistogram histogram = histogram(variantId, trials).setting("job", jobMillis + " ms");
        for (int i = 1; i <= trials; i++) {
            SquareWorker worker = new SquareWorker(i, jobMillis);
            worker.start();
            observe(histogram, collector.collect(worker), i * i);
            worker.join();
        }
        verify(histogram, variantId);
    }

    @Test
    void unjoinedRead() throws InterruptedException {
        collectFromThreads("unjoined-read", new UnjoinedRead(), TRIALS, 0);
    }

    @Test
    void joinedRead() throws InterruptedException {
        collectFromThreads("joined-read", new JoinedRead(), TRIALS, 0);
    }

    @Test
    void timedJoinRead() throws InterruptedException {
        collectFromThreads("timed-join-read", new TimedJoinRead(JOIN_TIMEOUT_MILLIS), SLOW_TRIALS, SLOW_JOB_MILLIS);
    }

    @Test
    void futureGet() throws InterruptedException, ExecutionException {
        TrialHistogram histogram = histogram("future-get", TRIALS);
        for (int i = 1; i <= TRIALS; i++) {
            observe(histogram, FutureAnswer.square(POOL, i), i * i);
        }
        verify(histogram, "future-get");
    }
}
