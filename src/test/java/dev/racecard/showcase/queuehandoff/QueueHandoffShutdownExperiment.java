package dev.racecard.showcase.queuehandoff;

import dev.racecard.catalog.Tool;
import dev.racecard.evidence.Budgets;
import dev.racecard.junit.Subject;
import dev.racecard.evidence.Subjects;
import dev.racecard.evidence.TrialHistogram;
import dev.racecard.showcase.queuehandoff.BlockingHandoff;
import dev.racecard.showcase.queuehandoff.JoinableQueue;
import dev.racecard.showcase.queuehandoff.PoisonPillQueue;
import dev.racecard.report.model.Expectation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static dev.racecard.showcase.queuehandoff.DeliveryTally.ONCE;

import static dev.racecard.showcase.queuehandoff.QueueHandoffSeedExperiment.PATTERN;
import static dev.racecard.showcase.queuehandoff.QueueHandoffSeedExperiment.testId;

/**
 * The seeds' producer/consumer programs with their shutdown, run many times: seed 001's
 * {@code Queue(maxsize=5)} stopped with one {@code None} per consumer, and seed 002's
 * {@code task_done}/{@code join}. A thread that never finishes counts as hung only with evidence
 * ({@link TrialThreads#parkedForGood}: parked through a whole window while nothing it waits for
 * happens); it is interrupted and counted, never a hung build, and a thread still moving at the
 * re-check limit makes the trial a timeout, an error. Each hung trial costs its window, so an
 * experiment stops after {@link #MAX_HUNG_TRIALS} of them: the outcome is on record.
 */
class QueueHandoffShutdownExperiment {

    static final int CAPACITY = 5;
    static final int PRODUCERS = 2;
    static final int CONSUMERS = 2;
    /** Seed 002's consumers, one more than the cores: a woken consumer then often finds the lock taken. */
    static final int TASK_CONSUMERS = 3;
    static final int ITEMS_PER_PRODUCER = 1_000;
    static final int ITEMS = PRODUCERS * ITEMS_PER_PRODUCER;
    static final int TRIALS = Budgets.trials(50);
    static final int BACK_PRESSURE_TRIALS = Budgets.trials(20);
    static final int MAX_HUNG_TRIALS = 3;
    static final long JOIN_MILLIS = 2_000;
    /**
     * After the seed's join, the main thread hands over this many more bursts of one item per
     * consumer, each put while every consumer is parked in take(), and joins after each.
     */
    static final int WAKE_UP_BURSTS = 5;
    static final int BURST_ITEMS = WAKE_UP_BURSTS * TASK_CONSUMERS;
    /** The seed's "time.sleep(0.8)  # Simulate processing time", as a little computation per item. */
    static final int WORK_PER_ITEM = 2_000;

    static final String STILL_RUNNING = "consumer still running";
    static final String OVER_CAPACITY = "over capacity";
    static final String EARLY_JOIN = "joined early";
    static final String JOIN_TIMED_OUT = "join timed out";
    static final String BLOCKED = "producer blocked";
    static final String NOT_BLOCKED = "producer not blocked";
    static final String STUCK = "producer stuck";
    /** Seed 002's {@code None} for the task queue: items are 0..ITEMS-1. */
    static final int POISON_PILL = -1;

    static Stream<Subject> pillQueues() {
        return Subjects.of(PATTERN, Tool.JUNIT, "bounded-poison-pill");
    }

    static Stream<Subject> taskQueues() {
        return Subjects.of(PATTERN, Tool.JUNIT, "task-queue-join");
    }

    static Stream<Subject> boundedQueues() {
        return Subjects.of(PATTERN, Tool.JUNIT, "bounded-poison-pill", "task-queue-join");
    }

    /**
     * Seed 001's producer/consumer with maxsize=5, two of each, stopped by one pill per consumer,
     * put by the last producer to finish right after its last item (the seed's producer signals
     * completion itself). Each consumer takes an item, then drains what else has piled up with poll() before it takes
     * again, as a consumer that processes in batches does; it processes each item (the seed's
     * "Simulate processing time"), so the queue is still full when the producers finish and the
     * pills queue up behind items that consumers are polling.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pillQueues")
    void poisonPillStopsEveryConsumer(Subject subject) throws InterruptedException {
        TrialHistogram histogram = QueueHandoffSeedExperiment.deliveryHistogram(subject,
                        testId(getClass(), "poisonPillStopsEveryConsumer", subject),
                        "and every consumer stopped at its pill")
                .outcome(STILL_RUNNING, stillRunning(), subject.raceOutcome())
                .outcome(OVER_CAPACITY, "a producer saw more than " + CAPACITY + " items queued", subject.raceOutcome())
                .setting("capacity", CAPACITY).setting("producers", PRODUCERS).setting("consumers", CONSUMERS)
                .setting("items per producer", ITEMS_PER_PRODUCER)
                .setting("consumer", "take(), then poll() until null (a batch), processing each item, until take() returns the pill")
                .setting("trials", TRIALS + ", or until " + MAX_HUNG_TRIALS + " hung");
        TrialAmounts amounts = new TrialAmounts();
        int hung = 0;
        for (int trial = 0; trial < TRIALS && hung < MAX_HUNG_TRIALS && !histogram.killed(); trial++) {
            @SuppressWarnings("unchecked")
            PoisonPillQueue<Integer> queue = subject.create(PoisonPillQueue.class, CAPACITY);
            DeliveryTally tally = new DeliveryTally(ITEMS);
            AtomicInteger overCapacity = new AtomicInteger();
            AtomicInteger producersDone = new AtomicInteger();
            List<Thread> producers = new TrialThreads().add("producer", PRODUCERS, tally, p -> {
                for (int i = 0; i < ITEMS_PER_PRODUCER; i++) {
                    queue.put(p * ITEMS_PER_PRODUCER + i);
                    if (queue.size() > queue.capacity()) {
                        overCapacity.incrementAndGet();
                    }
                }
                // the seed's producer signals completion itself; with two, the last one to finish does
                if (producersDone.incrementAndGet() == PRODUCERS) {
                    queue.stopConsumers(CONSUMERS);
                }
            }).start();
            List<Thread> consumers = new TrialThreads().add("consumer", CONSUMERS, tally, c -> {
                for (Integer item = queue.take(); item != null; item = queue.take()) {
                    process(item);
                    tally.delivered(item);
                    for (Integer more = queue.poll(); more != null; more = queue.poll()) {
                        process(more);
                        tally.delivered(more);
                    }
                }
            }).start();
            TrialThreads.joinOrStuck(producers, JOIN_MILLIS);
            int stillRunning = TrialThreads.joinOrStuck(consumers, JOIN_MILLIS);
            if (stillRunning > 0) {
                hung++;
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
    }

    /**
     * Seed 002 with task_done/join: the main thread joins the producers, then the queue, and only
     * then reads what the consumers processed, with no lock of its own (join must make it
     * visible). Then, with every consumer parked in take(), the main thread puts one item per
     * consumer and joins, {@link #WAKE_UP_BURSTS} times: each put wakes one parked consumer, and
     * the first to wake takes its item (a burst's item is no work), and calls take() again while the
     * others are still waking up, so it gets in before them (the lock lets a newcomer barge) and takes a
     * second item: a woken consumer that does not check again (if, not while) then finds the
     * queue empty. The producers' steady stream hardly shows that, since the queue is seldom
     * empty while they run. Last, one pill per consumer stops them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("taskQueues")
    void joinReturnsOnlyAfterEveryItemIsDone(Subject subject) throws InterruptedException {
        TrialHistogram histogram = QueueHandoffSeedExperiment.deliveryHistogram(subject,
                        testId(getClass(), "joinReturnsOnlyAfterEveryItemIsDone", subject),
                        "join() returned after all were processed, and every consumer stopped at its pill")
                .outcome(EARLY_JOIN, "join() returned before the main thread saw every item processed",
                        subject.raceOutcome())
                .outcome(JOIN_TIMED_OUT, "join() waited for good after the producers were joined (or the wake-up "
                        + "bursts put): every consumer parked in take() for " + TrialThreads.STUCK_WINDOW.toSeconds()
                        + " s with items still counted unfinished, and no consumer failing", subject.raceOutcome())
                .outcome(STILL_RUNNING, stillRunning(), subject.raceOutcome())
                .setting("producers", PRODUCERS).setting("consumers", TASK_CONSUMERS)
                .setting("items per producer", ITEMS_PER_PRODUCER)
                .setting("wake-up bursts", WAKE_UP_BURSTS + " after the join, each one item per consumer put while "
                        + "every consumer is parked in take(), then joined")
                .setting("trials", TRIALS + ", or until " + MAX_HUNG_TRIALS + " timed out");
        TrialAmounts amounts = new TrialAmounts();
        int hung = 0;
        for (int trial = 0; trial < TRIALS && hung < MAX_HUNG_TRIALS && !histogram.killed(); trial++) {
            @SuppressWarnings("unchecked")
            JoinableQueue<Integer> queue = subject.create(JoinableQueue.class, 0);
            DeliveryTally tally = new DeliveryTally(ITEMS + BURST_ITEMS);
            List<List<Integer>> processed = new ArrayList<>();
            for (int c = 0; c < TASK_CONSUMERS; c++) {
                processed.add(new ArrayList<>());
            }
            List<Thread> producers = new TrialThreads().add("producer", PRODUCERS, tally, p -> {
                for (int i = 0; i < ITEMS_PER_PRODUCER; i++) {
                    queue.put(p * ITEMS_PER_PRODUCER + i);
                }
            }).start();
            List<Thread> consumers = new TrialThreads().add("consumer", TASK_CONSUMERS, tally, c -> {
                for (int item = queue.take(); item != POISON_PILL; item = queue.take()) {
                    if (item < ITEMS) {
                        process(item); // a burst's item is no work: its consumer is back in take() at once
                    }
                    processed.get(c).add(item);
                    queue.taskDone();
                }
            }).start();
            TrialThreads.joinOrStuck(producers, JOIN_MILLIS);
            boolean joined = joinedOrStuck(queue, consumers, JOIN_MILLIS);
            int seenProcessed = processed.stream().mapToInt(List::size).sum();
            if (joined) {
                joined = wakeUpBursts(queue, consumers, tally);
            }
            for (int c = 0; c < TASK_CONSUMERS; c++) {
                queue.put(POISON_PILL);
            }
            int stillRunning = TrialThreads.joinOrStuck(consumers, JOIN_MILLIS);
            if (!joined || stillRunning > 0) {
                hung++;
            }
            if (tally.thrown() != null) {
                QueueHandoffSeedExperiment.observe(histogram, amounts, tally);
            } else if (joined && seenProcessed < ITEMS) {
                histogram.observe(EARLY_JOIN);
                amounts.add(EARLY_JOIN, ITEMS - seenProcessed);
            } else if (!joined) {
                histogram.observe(JOIN_TIMED_OUT);
            } else if (stillRunning > 0) {
                histogram.observe(STILL_RUNNING);
                amounts.add(STILL_RUNNING, stillRunning);
            } else {
                processed.forEach(items -> items.forEach(tally::delivered));
                QueueHandoffSeedExperiment.observe(histogram, amounts, tally);
            }
        }
        QueueHandoffSeedExperiment.describe(histogram, amounts);
        amounts.describe(histogram, EARLY_JOIN, "join() returned before the main thread saw every item processed",
                "items unprocessed");
        amounts.describe(histogram, STILL_RUNNING, stillRunning(), "consumers");
        histogram.record();
    }

    /** Back-pressure: with no consumer yet, the put after the fifth waits until an item is taken. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("boundedQueues")
    void fullQueueMakesTheProducerWait(Subject subject) throws InterruptedException {
        TrialHistogram histogram = new TrialHistogram(subject, Tool.JUNIT,
                testId(getClass(), "fullQueueMakesTheProducerWait", subject))
                .outcome(BLOCKED, "with " + CAPACITY + " items queued and no consumer, the producer waited in "
                        + "put(); taking one item let it finish", Expectation.ACCEPTABLE)
                .outcome(OVER_CAPACITY, "the producer put more than " + CAPACITY + " items with no consumer",
                        subject.raceOutcome())
                .outcome(NOT_BLOCKED, "the producer neither waited nor finished within " + JOIN_MILLIS + " ms",
                        subject.raceOutcome())
                .outcome(STUCK, "the producer stayed parked in put() for " + TrialThreads.STUCK_WINDOW.toSeconds()
                        + " s after taking an item made room",
                        subject.raceOutcome())
                .setting("capacity", CAPACITY).setting("items put", CAPACITY + 1)
                .setting("trials", BACK_PRESSURE_TRIALS);
        for (int trial = 0; trial < BACK_PRESSURE_TRIALS; trial++) {
            @SuppressWarnings("unchecked")
            BlockingHandoff<Integer> queue = subject.create(BlockingHandoff.class, CAPACITY);
            histogram.observe(putOneMoreThanCapacity(queue));
        }
        histogram.record();
    }

    /**
     * Puts {@link #WAKE_UP_BURSTS} bursts of one item per consumer (items ITEMS and up), each once
     * every consumer is parked, and joins after each; stops at the first exception a consumer
     * threw. False if the bursts were not all done within {@link #JOIN_MILLIS}.
     */
    private static boolean wakeUpBursts(JoinableQueue<Integer> queue, List<Thread> consumers, DeliveryTally tally)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(JOIN_MILLIS);
        int next = ITEMS;
        for (int burst = 0; burst < WAKE_UP_BURSTS && tally.thrown() == null; burst++) {
            // the harness only watches the consumers' states; it never touches the queue meanwhile
            while (!allWaiting(consumers) && tally.thrown() == null && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            for (int c = 0; c < TASK_CONSUMERS; c++) {
                queue.put(next++);
            }
            if (!joinedOrStuck(queue, consumers, Math.max(0, (deadline - System.nanoTime()) / 1_000_000))) {
                return false;
            }
        }
        return true;
    }

    /**
     * join() within {@code millis}, or later while the consumers still work: false only with evidence
     * that it waits for good, every consumer parked in take() through {@link TrialThreads#STUCK_WINDOW}
     * while items are still counted unfinished (nobody will call taskDone() again).
     */
    private static boolean joinedOrStuck(JoinableQueue<Integer> queue, List<Thread> consumers, long millis)
            throws InterruptedException {
        return queue.join(millis, TimeUnit.MILLISECONDS)
                || !TrialThreads.parkedForGood(() -> queue.join(1, TimeUnit.MILLISECONDS), consumers);
    }

    private static boolean allWaiting(List<Thread> threads) {
        return threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING);
    }

    /** The consumer's work on an item; its result is kept so the JIT cannot drop it. */
    static int process(int item) {
        int h = item;
        for (int i = 0; i < WORK_PER_ITEM; i++) {
            h = h * 31 + i;
        }
        sink = h;
        return h;
    }

    @SuppressWarnings("unused")
    private static volatile int sink;
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
        if (producer.isAlive() && TrialThreads.parkedForGood(() -> !producer.isAlive(), List.of(producer))) {
            producer.interrupt();
            return STUCK;
        }
        return BLOCKED;
    }

    private static boolean parkedAfter(Thread producer, AtomicInteger put, int items) {
        return put.get() == items && producer.getState() == Thread.State.WAITING;
    }

    private static String stillRunning() {
        return "a consumer stayed parked in take() for " + TrialThreads.STUCK_WINDOW.toSeconds()
                + " s after the pills were put: it will never see one";
    }
}
