package dev.racecard.queuehandoff;

import dev.racecard.evidence.Budgets;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.evidence.CatalogVariants;
import dev.racecard.evidence.TrialHistogram;
import dev.racecard.patterns.queuehandoff.BoundedPoisonPillQueue;
import dev.racecard.patterns.queuehandoff.CheckThenRemoveHandoff;
import dev.racecard.patterns.queuehandoff.DrainBeforeJoin;
import dev.racecard.patterns.queuehandoff.Handoff;
import dev.racecard.patterns.queuehandoff.LinkedListHandoff;
import dev.racecard.patterns.queuehandoff.TaskQueue;
import dev.racecard.report.model.Expectation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.racecard.queuehandoff.DeliveryTally.LOST;
import static dev.racecard.queuehandoff.DeliveryTally.ONCE;
import static dev.racecard.queuehandoff.DeliveryTally.THREW;
import static dev.racecard.queuehandoff.DeliveryTally.TWICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Seed 001 "Method 2: Thread-Safe Queue", run many times: producer threads put values in a
 * shared queue and the values are collected. Each trial's outcome is whether every value came out
 * exactly once, or some were lost, delivered twice, or an exception was thrown.
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

    static Stream<Arguments> handoffs() {
        return Stream.of(
                Arguments.of("linked-list", (Supplier<Handoff<Integer>>) LinkedListHandoff::new),
                Arguments.of("check-then-remove", (Supplier<Handoff<Integer>>) CheckThenRemoveHandoff::new),
                Arguments.of("bounded-poison-pill", (Supplier<Handoff<Integer>>) () -> new BoundedPoisonPillQueue<>(ITEMS)),
                Arguments.of("task-queue-join", (Supplier<Handoff<Integer>>) () -> new TaskQueue<>(0)));
    }

    /**
     * The seed's program with its collect loop shared by two workers (seed 001: "load balancing
     * across multiple workers"): two producers put at once and are joined, then two consumers
     * take until the queue is empty.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("handoffs")
    void everyItemReachesExactlyOneConsumer(String variantId, Supplier<Handoff<Integer>> factory)
            throws InterruptedException {
        Variant variant = CatalogVariants.get(PATTERN, variantId);
        TrialHistogram histogram = deliveryHistogram(variant, "#everyItemReachesExactlyOneConsumer[" + variantId + "]",
                "two producers handed over " + String.format("%,d", ITEMS) + " items, then two consumers took them")
                .setting("producers", PRODUCERS).setting("items per producer", ITEMS_PER_PRODUCER)
                .setting("consumers", CONSUMERS).setting("trials", TRIALS);
        TrialAmounts amounts = new TrialAmounts();
        for (int trial = 0; trial < TRIALS; trial++) {
            observe(histogram, amounts, producersThenConsumers(factory.get()));
        }
        describe(histogram, amounts);
        histogram.record();
        assertNoRaceIfCorrect(variant, histogram);
    }

    /** Seed 001 "Method 2" as written, except that the results are collected before the join. */
    @Test
    void collectingBeforeTheJoinLeavesItemsBehind() throws InterruptedException {
        Variant variant = CatalogVariants.get(PATTERN, "drain-before-join");
        TrialHistogram histogram = deliveryHistogram(variant, "#collectingBeforeTheJoinLeavesItemsBehind",
                SEED_THREADS + " threads each put one value; the main thread collected while (!q.isEmpty()), then joined")
                .setting("producer threads", SEED_THREADS).setting("trials", SEED_TRIALS);
        TrialAmounts amounts = new TrialAmounts();
        for (int trial = 0; trial < SEED_TRIALS; trial++) {
            observe(histogram, amounts, collectBeforeJoin());
        }
        amounts.describe(histogram, LOST, "values left behind in the queue: the collect loop found it empty and "
                + "stopped while producers were still running", "of " + SEED_THREADS + " values");
        histogram.record();
        assertNoRaceIfCorrect(variant, histogram);
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

    static DeliveryTally collectBeforeJoin() throws InterruptedException {
        DrainBeforeJoin<Integer> collector = new DrainBeforeJoin<>();
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

    static TrialHistogram deliveryHistogram(Variant variant, String test, String what) {
        Expectation race = CatalogVariants.raceOutcome(variant);
        return new TrialHistogram(PATTERN, variant.id(), QueueHandoffSeedExperiment.class.getName() + test)
                .outcome(ONCE, "every item came out exactly once: " + what, Expectation.ACCEPTABLE)
                .outcome(LOST, "items lost: handed over but never taken", race)
                .outcome(TWICE, "items delivered twice", race)
                .outcome(THREW, "an exception was thrown", race);
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

    static void assertNoRaceIfCorrect(Variant variant, TrialHistogram histogram) {
        if (variant.kind() == VariantKind.CORRECT) {
            for (String race : List.of(LOST, TWICE, THREW)) {
                assertEquals(0, histogram.count(race), variant.id() + ": '" + race + "' in "
                        + histogram.count(race) + " trials");
            }
        }
    }

    private static void joinAll(List<Thread> threads, DeliveryTally tally) throws InterruptedException {
        int stillRunning = TrialThreads.joinOrInterrupt(threads, JOIN_MILLIS);
        if (stillRunning > 0) {
            tally.threw(new IllegalStateException(stillRunning + " threads still running after " + JOIN_MILLIS + " ms"));
        }
    }
}
