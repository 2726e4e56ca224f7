package dev.racecard.counter;

import dev.racecard.catalog.Tool;
import dev.racecard.evidence.Budgets;
import dev.racecard.junit.Subject;
import dev.racecard.evidence.Subjects;
import dev.racecard.evidence.TrialHistogram;
import dev.racecard.patterns.counter.Counter;
import dev.racecard.report.model.Expectation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The seed's own program (seed 002, "Sharing Data Between Threads"): four threads each increment
 * a shared counter a million times, are joined, and the count is printed. Run many times per
 * variant, each run's final count is an outcome: exact, or short by some number of lost updates.
 */
class CounterSeedExperiment {

    static final int THREADS = 4;
    static final int INCREMENTS = 1_000_000;
    static final long EXPECTED = (long) THREADS * INCREMENTS;
    /**
     * At least this many trials, then more while the time budget lasts: the slow correct counters
     * stop near the minimum, the fast racy ones get hundreds of chances. (C2 keeps a plain field
     * in a register across the loop, so the plain counter loses updates only when two threads'
     * whole loops overlap: rare per trial, measured at a few percent on 2 cores.)
     */
    static final int MIN_TRIALS = Budgets.trials(20);
    static final long TIME_BUDGET_NANOS = Budgets.trials(2) * 1_000_000_000L;
    static final int MAX_TRIALS = Budgets.trials(2000);

    static Stream<Subject> subjects() {
        return Subjects.of("counter", Tool.JUNIT);
    }

    /** Records the trials as evidence; the gate, not this test, judges them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("subjects")
    void fourThreadsIncrementAMillionTimesEach(Subject subject) throws InterruptedException {
        TrialHistogram histogram = new TrialHistogram(subject, Tool.JUNIT, subject.testId(getClass()))
                .outcome("exact", "count is exactly " + String.format("%,d", EXPECTED), Expectation.ACCEPTABLE)
                .outcome("lost", "count is below " + String.format("%,d", EXPECTED) + ": increments were lost",
                        subject.raceOutcome())
                .outcome("over", "count is above " + String.format("%,d", EXPECTED) + ": impossible for any counter",
                        Expectation.FORBIDDEN)
                .setting("threads", THREADS).setting("increments per thread", INCREMENTS)
                .setting("trials", "at least " + MIN_TRIALS + ", more while " + TIME_BUDGET_NANOS / 1_000_000_000L
                        + " s last, at most " + MAX_TRIALS);

        long[] lost = new long[MAX_TRIALS];
        long start = System.nanoTime();
        int trials = 0;
        for (int trial = 0; trial < MAX_TRIALS
                && (trial < MIN_TRIALS || System.nanoTime() - start < TIME_BUDGET_NANOS)
                && !histogram.killed(); trial++, trials++) {
            long count = runSeedProgram(subject.create(Counter.class));
            lost[trial] = EXPECTED - count;
            histogram.observe(count == EXPECTED ? "exact" : count < EXPECTED ? "lost" : "over");
        }
        describeLosses(histogram, Arrays.copyOf(lost, trials));
        histogram.record();
    }

    /** The seed's program: start four threads together, join them all, read the count. */
    static long runSeedProgram(Counter counter) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            threads[t] = new Thread(() -> {
                awaitQuietly(start);
                for (int i = 0; i < INCREMENTS; i++) {
                    counter.increment();
                }
            });
            threads[t].start();
        }
        // the latch only lines the threads up so they overlap; it adds no delay to the racy code
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return counter.get();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void describeLosses(TrialHistogram histogram, long[] lost) {
        long[] losses = Arrays.stream(lost).filter(l -> l > 0).sorted().toArray();
        if (losses.length == 0) {
            return;
        }
        histogram.describe("lost", String.format("count is below %,d: increments were lost "
                        + "(lost %,d to %,d per trial, median %,d, %,d in all)", EXPECTED, losses[0],
                losses[losses.length - 1], losses[losses.length / 2], Arrays.stream(losses).sum()));
    }
}
