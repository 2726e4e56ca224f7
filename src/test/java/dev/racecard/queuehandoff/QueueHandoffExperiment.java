package dev.racecard.queuehandoff;

import dev.racecard.catalog.Tool;
import dev.racecard.evidence.Budgets;
import dev.racecard.junit.Subject;
import dev.racecard.evidence.Subjects;
import dev.racecard.evidence.TrialHistogram;
import dev.racecard.patterns.queuehandoff.DrainBeforeJoin;
import dev.racecard.patterns.queuehandoff.Handoff;
import dev.racecard.report.model.Expectation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static dev.racecard.queuehandoff.DeliveryTally.LOST;
import static dev.racecard.queuehandoff.DeliveryTally.ONCE;
import static dev.racecard.queuehandoff.DeliveryTally.THREW;
import static dev.racecard.queuehandoff.DeliveryTally.TWICE;

/**
 * Seed 001 "Method 2: Thread-Safe Queue", run many times: producer threads put values in a
 * shared queue and the values are collected. Each trial's outcome is whether every value came out
 * exactly once, or some were lost, delivered twice, or an exception was thrown. The experiments
 * record that evidence for each subject (a variant, or a mutant in its place); the gate judges it.
 */
class QueueHandoffSeedExperiment {

    static final String PATTERN = "queue-handoff";
    static final int PRODUCERS = 2;
    static final int CONSUMERS = 2;
    static final int ITEMS_PER_PRODUCER = 10_000;
    static final int ITEMS = PRODUCERS * ITEMS_PER_PRODUCER;
    static final int TRIALS = Budgets.trials(100);
    /** The seed's five threads, each putting one value. */
    static final int SEED_THREADS = 5;
    static final int SEED_TRIALS = Budgets.trials(200);
    static final long JOIN_MILLIS = 5_000;

    static Stream<Subject> handoffs() {
        return Subjects.of(PATTERN, Tool.JUNIT, "linked-list", "check-then-remove", "bounded-poison-pill",
                "task-queue-join");
    }

    static Stream<Subject> collectors() {
        return Subjects.of(PATTERN, Tool.JUNIT, "drain-before-join");
    }

    /** The test id of {@code method} for {@code subject}: the same for a variant and its mutants. */
    static String testId(Class<?> experiment, String method, Subject subject) {
        return experiment.getName() + "#" + method + "[" + subject.variantId() + "]";
    }

    /** A queue that holds every item: the bounded one with room for all, the task queue unbounded. */
    static Handoff<Integer> queueForAllItems(Subject subject) {
        @SuppressWarnings("unchecked")
        Handoff<Integer> queue = switch (subject.variantId()) {
            case "bounded-poison-pill" -> subject.create(Handoff.class, ITEMS);
            case "task-queue-join" -> subject.create(Handoff.class, 0);
            default -> subject.create(Handoff.class);
        };
        return queue;
    }

    /**
     * The seed's program with its collect loop shared by two workers (seed 001: "load balancing
     * across multiple workers"): two producers put at once and are joined, then two consumers
     * take until the queue is empty.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("handoffs")
    void everyItemReachesExactlyOneConsumer(Subject subject) throws InterruptedException {
        TrialHistogram histogram = deliveryHistogram(subject,
                testId(getClass(), "everyItemReachesExactlyOneConsumer", subject),
                "two producers handed over " + String.format("%,d", ITEMS) + " items, then two consumers took them")
                .setting("producers", PRODUCERS).setting("items per producer", ITEMS_PER_PRODUCER)
                .setting("consumers", CONSUMERS).setting("trials", TRIALS);
        TrialAmounts amounts = new TrialAmounts();
        for (int trial = 0; trial < TRIALS && !histogram.killed(); trial++) {
            observe(histogram, amounts, producersThenConsumers(queueForAllItems(subject)));
        }
        describe(histogram, amounts);
        histogram.record();
    }

    /** Seed 001 "Method 2" as written, except that the results are collected before the join. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("collectors")
    void collectingBeforeTheJoinLeavesItemsBehind(Subject subject) throws InterruptedException {
        TrialHistogram histogram = deliveryHistogram(subject,
                testId(getClass(), "collectingBeforeTheJoinLeavesItemsBehind", subject),
                SEED_THREADS + " threads each put one value; the main thread collected while (!q.isEmpty()), then joined")
                .setting("producer threads", SEED_THREADS).setting("trials", SEED_TRIALS);
        TrialAmounts amounts = new TrialAmounts();
        for (int trial = 0; trial < SEED_TRIALS; trial++) {
            @SuppressWarnings("unchecked")
            DrainBeforeJoin<Integer> collector = subject.create(DrainBeforeJoin.class);
            observe(histogram, amounts, collectBeforeJoin(collector));
        }
        amounts.describe(histogram, LOST, "values left behind in the queue: the collect loop found it empty and "
                + "stopped while producers were still running", "of " + SEED_THREADS + " values");
        histogram.record();
    }

    static DeliveryTally producersThenConsumers(Handoff<Integer> queue) throws InterruptedException {
        DeliveryTally tally = new DeliveryTally(ITEMS);
        List<Thread> producers = new TrialThreads().add("producer", PRODUCERS, tally, p -> {
            for (int i = 0; i < ITEMS_PER_PRODUCER; i++) {
                if (!queue.offer(p * ITEMS_PER_PRODUCER + i)) {
                    throw new IllegalStateException("the queue refused an item");
                }
            }
        }).start();
        joinAll(producers, tally);
        List<Thread> consumers = new TrialThreads().add("consumer", CONSUMERS, tally, c -> {
            // more polls than items means the queue hands out items that were never put twice
            Integer item;
            for (int polls = 0; polls < 2 * ITEMS && (item = queue.poll()) != null; polls++) {
                tally.delivered(item);
            }
        }).start();
        joinAll(consumers, tally);
        return tally;
    }

    static DeliveryTally collectBeforeJoin(DrainBeforeJoin<Integer> collector) throws InterruptedException {
        DeliveryTally tally = new DeliveryTally(SEED_THREADS);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < SEED_THREADS; i++) {
            int value = i;
            Thread thread = new Thread(() -> collector.put(value));
            thread.start();
            threads.add(thread);
        }
        try {
            collector.collect(threads).forEach(tally::delivered);
        } catch (RuntimeException e) {
            tally.threw(e);
        }
        return tally;
    }

    static TrialHistogram deliveryHistogram(Subject subject, String testId, String what) {
        return new TrialHistogram(subject, Tool.JUNIT, testId)
                .outcome(ONCE, "every item came out exactly once: " + what, Expectation.ACCEPTABLE)
                .outcome(LOST, "items lost: handed over but never taken", grade(subject, LOST))
                .outcome(TWICE, "items delivered twice", grade(subject, TWICE))
                .outcome(THREW, "an exception was thrown", grade(subject, THREW));
    }

    /**
     * The race's grade for the outcomes a racy variant can really produce; FORBIDDEN for the rest:
     * a ConcurrentLinkedQueue (check-then-remove) cannot lose or duplicate an item, only throw,
     * and collecting before the join can only leave items behind.
     */
    static Expectation grade(Subject subject, String outcome) {
        Set<String> races = switch (subject.variantId()) {
            case "check-then-remove" -> Set.of(THREW);
            case "drain-before-join" -> Set.of(LOST);
            default -> Set.of(LOST, TWICE, THREW);
        };
        return races.contains(outcome) ? subject.raceOutcome() : Expectation.FORBIDDEN;
    }

    static void observe(TrialHistogram histogram, TrialAmounts amounts, DeliveryTally tally) {
        String outcome = tally.outcome();
        histogram.observe(outcome);
        switch (outcome) {
            case LOST -> amounts.add(LOST, tally.lost());
            case TWICE -> amounts.add(TWICE, tally.duplicated());
            case THREW -> amounts.exception(tally.thrown());
            default -> { }
        }
    }

    static void describe(TrialHistogram histogram, TrialAmounts amounts) {
        amounts.describe(histogram, LOST, "items lost: handed over but never taken", "items");
        amounts.describe(histogram, TWICE, "items delivered twice", "items");
        amounts.describeExceptions(histogram, THREW, "an exception was thrown");
    }

    private static void joinAll(List<Thread> threads, DeliveryTally tally) throws InterruptedException {
        int stuck = TrialThreads.joinOrStuck(threads, JOIN_MILLIS);
        if (stuck > 0) {
            tally.threw(new IllegalStateException(stuck + " threads parked for good " + JOIN_MILLIS + " ms on"));
        }
    }
}
