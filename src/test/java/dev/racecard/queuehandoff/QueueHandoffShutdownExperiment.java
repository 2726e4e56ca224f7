package dev.racecard.queuehandoff;

import dev.racecard.evidence.Budgets;
import dev.racecard.catalog.Variant;
import dev.racecard.evidence.CatalogVariants;
import dev.racecard.evidence.TrialHistogram;
import dev.racecard.patterns.queuehandoff.BlockingHandoff;
import dev.racecard.patterns.queuehandoff.BoundedPoisonPillQueue;
import dev.racecard.patterns.queuehandoff.TaskQueue;
import dev.racecard.report.model.Expectation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static dev.racecard.queuehandoff.DeliveryTally.ONCE;
import static dev.racecard.queuehandoff.QueueHandoffSeedExperiment.PATTERN;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seeds' producer/consumer programs with their shutdown, run many times: seed 001's
 * {@code Queue(maxsize=5)} stopped with one {@code None} per consumer, and seed 002's
 * {@code task_done}/{@code join}. A thread that never finishes is joined with a timeout, counted
 * and interrupted: a hang is an outcome, never a hung build.
 */
class QueueHandoffShutdownExperiment {

    static final int CAPACITY = 5;
    static final int PRODUCERS = 2;
    static final int CONSUMERS = 2;
    static final int ITEMS_PER_PRODUCER = 1_000;
    static final int ITEMS = PRODUCERS * ITEMS_PER_PRODUCER;
    static final int TRIALS = Budgets.trials(50);
    static final int BACK_PRESSURE_TRIALS = Budgets.trials(20);
    static final long JOIN_MILLIS = 2_000;

    static final String STILL_RUNNING = "consumer still running";
    static final String OVER_CAPACITY = "over capacity";
    static final String EARLY_JOIN = "joined early";
    static final String BLOCKED = "producer blocked";
    static final String NOT_BLOCKED = "producer not blocked";
    static final String STUCK = "producer stuck";
    /** Seed 002's {@code None} for the task queue: items are 0..ITEMS-1. */
    static final int POISON_PILL = -1;

    /** Seed 001's producer/consumer with maxsize=5, two of each, stopped by one pill per consumer. */
    @Test
    void poisonPillStopsEveryConsumer() throws InterruptedException {
        Variant variant = CatalogVariants.get(PATTERN, "bounded-poison-pill");
        Expectation bug = CatalogVariants.raceOutcome(variant);
        TrialHistogram histogram = QueueHandoffSeedExperiment.deliveryHistogram(variant, "#poisonPillStopsEveryConsumer",
                        "and every consumer stopped at its pill")
                .outcome(STILL_RUNNING, stillRunning(), bug)
                .outcome(OVER_CAPACITY, "a producer saw more than " + CAPACITY + " items queued", bug)
                .setting("capacity", CAPACITY).setting("producers", PRODUCERS).setting("consumers", CONSUMERS)
                .setting("items per producer", ITEMS_PER_PRODUCER).setting("trials", TRIALS);
        TrialAmounts amounts = new TrialAmounts();
        for (int trial = 0; trial < TRIALS; trial++) {
            BoundedPoisonPillQueue<Integer> queue = new BoundedPoisonPillQueue<>(CAPACITY);
            DeliveryTally tally = new DeliveryTally(ITEMS);
            AtomicInteger overCapacity = new AtomicInteger();
            List<Thread> producers = new TrialThreads().add("producer", PRODUCERS, tally, p -> {
                for (int i = 0; i < ITEMS_PER_PRODUCER; i++) {
                    queue.put(p * ITEMS_PER_PRODUCER + i);
                    if (queue.size() > queue.capacity()) {
                        overCapacity.incrementAndGet();
                    }
                }
            }).start();
            List<Thread> consumers = new TrialThreads().add("consumer", CONSUMERS, tally, c -> {
                for (Integer item = queue.take(); item != null; item = queue.take()) {
                    tally.delivered(item);
                }
            }).start();
            TrialThreads.joinOrInterrupt(producers, JOIN_MILLIS);
            // put() of the pills waits if the queue is full and nobody takes: a thread, so it can time out too
            List<Thread> stopper = new TrialThreads().add("main", 1, tally, m -> queue.stopConsumers(CONSUMERS)).start();
            TrialThreads.joinOrInterrupt(stopper, JOIN_MILLIS);
            int stillRunning = TrialThreads.joinOrInterrupt(consumers, JOIN_MILLIS);
            if (stillRunning > 0) {
                histogram.observe(STILL_RUNNING);
                amounts.add(STILL_RUNNING, stillRunning);
            } else if (overCapacity.get() > 0) {
                histogram.observe(OVER_CAPACITY);
            } else {
                QueueHandoffSeedExperiment.observe(histogram, amounts, tally);
            }
        }
        QueueHandoffSeedExperiment.describe(histogram, amounts);
        amounts.describe(histogram, STILL_RUNNING, stillRunning(), "consumers");
        histogram.record();
        assertEquals(TRIALS, histogram.count(ONCE), "bounded-poison-pill: trials other than '" + ONCE + "'");
    }

    /**
     * Seed 002 with task_done/join: the main thread joins the producers, then the queue, and only
     * then reads what the consumers processed, with no lock of its own (join must make it
     * visible); then one pill per consumer stops them.
     */
    @Test
    void joinReturnsOnlyAfterEveryItemIsDone() throws InterruptedException {
        Variant variant = CatalogVariants.get(PATTERN, "task-queue-join");
        Expectation bug = CatalogVariants.raceOutcome(variant);
        TrialHistogram histogram = QueueHandoffSeedExperiment.deliveryHistogram(variant,
                        "#joinReturnsOnlyAfterEveryItemIsDone",
                        "join() returned after all were processed, and every consumer stopped at its pill")
                .outcome(EARLY_JOIN, "join() returned, or gave up after " + JOIN_MILLIS
                        + " ms, before the main thread saw every item processed", bug)
                .outcome(STILL_RUNNING, stillRunning(), bug)
                .setting("producers", PRODUCERS).setting("consumers", CONSUMERS)
                .setting("items per producer", ITEMS_PER_PRODUCER).setting("trials", TRIALS);
        TrialAmounts amounts = new TrialAmounts();
        for (int trial = 0; trial < TRIALS; trial++) {
            TaskQueue<Integer> queue = new TaskQueue<>(0);
            DeliveryTally tally = new DeliveryTally(ITEMS);
            List<List<Integer>> processed = new ArrayList<>();
            for (int c = 0; c < CONSUMERS; c++) {
                processed.add(new ArrayList<>());
            }
            List<Thread> producers = new TrialThreads().add("producer", PRODUCERS, tally, p -> {
                for (int i = 0; i < ITEMS_PER_PRODUCER; i++) {
                    queue.put(p * ITEMS_PER_PRODUCER + i);
                }
            }).start();
            List<Thread> consumers = new TrialThreads().add("consumer", CONSUMERS, tally, c -> {
                for (int item = queue.take(); item != POISON_PILL; item = queue.take()) {
                    processed.get(c).add(item);
                    queue.taskDone();
                }
            }).start();
            TrialThreads.joinOrInterrupt(producers, JOIN_MILLIS);
            boolean joined = queue.join(JOIN_MILLIS, TimeUnit.MILLISECONDS);
            int seenProcessed = processed.stream().mapToInt(List::size).sum();
            for (int c = 0; c < CONSUMERS; c++) {
                queue.put(POISON_PILL);
            }
            int stillRunning = TrialThreads.joinOrInterrupt(consumers, JOIN_MILLIS);
            if (!joined || seenProcessed < ITEMS) {
                histogram.observe(EARLY_JOIN);
            } else if (stillRunning > 0) {
                histogram.observe(STILL_RUNNING);
                amounts.add(STILL_RUNNING, stillRunning);
            } else {
                processed.forEach(items -> items.forEach(tally::delivered));
                QueueHandoffSeedExperiment.observe(histogram, amounts, tally);
            }
        }
        QueueHandoffSeedExperiment.describe(histogram, amounts);
        amounts.describe(histogram, STILL_RUNNING, stillRunning(), "consumers");
        histogram.record();
        assertEquals(TRIALS, histogram.count(ONCE), "task-queue-join: trials other than '" + ONCE + "'");
    }

    static Stream<Arguments> boundedQueues() {
        return Stream.of(
                Arguments.of("bounded-poison-pill",
                        (Supplier<BlockingHandoff<Integer>>) () -> new BoundedPoisonPillQueue<>(CAPACITY)),
                Arguments.of("task-queue-join", (Supplier<BlockingHandoff<Integer>>) () -> new TaskQueue<>(CAPACITY)));
    }

    /** Back-pressure: with no consumer yet, the put after the fifth waits until an item is taken. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("boundedQueues")
    void fullQueueMakesTheProducerWait(String variantId, Supplier<BlockingHandoff<Integer>> factory)
            throws InterruptedException {
        Variant variant = CatalogVariants.get(PATTERN, variantId);
        Expectation bug = CatalogVariants.raceOutcome(variant);
        TrialHistogram histogram = new TrialHistogram(PATTERN, variantId,
                getClass().getName() + "#fullQueueMakesTheProducerWait[" + variantId + "]")
                .outcome(BLOCKED, "with " + CAPACITY + " items queued and no consumer, the producer waited in "
                        + "put(); taking one item let it finish", Expectation.ACCEPTABLE)
                .outcome(OVER_CAPACITY, "the producer put more than " + CAPACITY + " items with no consumer", bug)
                .outcome(NOT_BLOCKED, "the producer neither waited nor finished within " + JOIN_MILLIS + " ms", bug)
                .outcome(STUCK, "the producer still waited " + JOIN_MILLIS + " ms after taking an item made room", bug)
                .setting("capacity", CAPACITY).setting("items put", CAPACITY + 1)
                .setting("trials", BACK_PRESSURE_TRIALS);
        for (int trial = 0; trial < BACK_PRESSURE_TRIALS; trial++) {
            histogram.observe(putOneMoreThanCapacity(factory.get()));
        }
        histogram.record();
        assertEquals(BACK_PRESSURE_TRIALS, histogram.count(BLOCKED), variantId + ": trials other than '" + BLOCKED + "'");
    }

    private static String putOneMoreThanCapacity(BlockingHandoff<Integer> queue) throws InterruptedException {
        AtomicInteger put = new AtomicInteger();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i <= CAPACITY; i++) {
                    queue.put(i);
                    put.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "producer");
        producer.start();
        // the harness waits for the producer to park in put(); it never touches the queue meanwhile
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(JOIN_MILLIS);
        while (!parkedAfter(producer, put, CAPACITY) && producer.isAlive() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        if (put.get() > CAPACITY || !producer.isAlive()) {
            return OVER_CAPACITY;
        }
        if (!parkedAfter(producer, put, CAPACITY)) {
            producer.interrupt();
            return NOT_BLOCKED;
        }
        queue.poll();
        producer.join(JOIN_MILLIS);
        if (producer.isAlive()) {
            producer.interrupt();
            return STUCK;
        }
        return BLOCKED;
    }

    private static boolean parkedAfter(Thread producer, AtomicInteger put, int items) {
        return put.get() == items && producer.getState() == Thread.State.WAITING;
    }

    private static String stillRunning() {
        return "a consumer was still running " + JOIN_MILLIS + " ms after the pills were put";
    }
}
