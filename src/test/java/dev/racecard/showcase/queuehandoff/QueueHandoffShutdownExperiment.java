package dev.racecard.showcase.queuehandoff;

import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;
import dev.racecard.junit.Trials;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.racecard.showcase.queuehandoff.QueueHandoffExperiment.PATTERN;

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
    /** Seed 002's {@code None} for the task queue: items are 0..ITEMS-1. */
    static final int POISON_PILL = -1;

    /**
     * Seed 001's producer/consumer with maxsize=5, two of each, stopped by one pill per consumer,
     * put by the last producer to finish right after its last item (the seed's producer signals
     * completion itself). Each consumer takes an item, then drains what else has piled up with poll() before it takes
     * again, as a consumer that processes in batches does; it processes each item (the seed's
     * "Simulate processing time"), so the queue is still full when the producers finish and the
     * pills queue up behind items that consumers are polling.
     */
    @RacecardTest(pattern = PATTERN, variant = "bounded-poison-pill")
    void poisonPillStopsEveryConsumer(Evidence evidence) throws Exception {
        AtomicInteger hung = new AtomicInteger();
        Trials trials = QueueHandoffExperiment.deliveryTrials(evidence, TRIALS, "and every consumer stopped at its pill")
                .race(STILL_RUNNING, stillRunning())
                .race(OVER_CAPACITY, "a producer saw more than " + CAPACITY + " items queued")
                .setting("capacity", CAPACITY).setting("producers", PRODUCERS).setting("consumers", CONSUMERS)
                .setting("items per producer", ITEMS_PER_PRODUCER)
                .setting("consumer", "take(), then poll() until null (a batch), processing each item, until take() returns the pill")
                .setting("trials", TRIALS + ", or until " + MAX_HUNG_TRIALS + " hung")
                .stopWhen(() -> hung.get() >= MAX_HUNG_TRIALS, MAX_HUNG_TRIALS + " hung, each at the cost of its window");
        TrialAmounts amounts = QueueHandoffExperiment.deliveryAmounts(trials)
                .counting(STILL_RUNNING, stillRunning(), "consumers");
        trials.run(() -> {
            @SuppressWarnings("unchecked")
            PoisonPillQueue<Integer> queue = evidence.create(PoisonPillQueue.class, CAPACITY);
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
                hung.incrementAndGet();
                amounts.add(STILL_RUNNING, stillRunning);
                return STILL_RUNNING;
            }
            return overCapacity.get() > 0 ? OVER_CAPACITY : QueueHandoffExperiment.outcome(tally, amounts);
        });
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
    @RacecardTest(pattern = PATTERN, variant = "task-queue-join")
    void joinReturnsOnlyAfterEveryItemIsDone(Evidence evidence) throws Exception {
        AtomicInteger hung = new AtomicInteger();
        Trials trials = QueueHandoffExperiment.deliveryTrials(evidence, TRIALS,
                        "join() returned after all were processed, and every consumer stopped at its pill")
                .race(EARLY_JOIN, "join() returned before the main thread saw every item processed")
                .race(JOIN_TIMED_OUT, "join() waited for good after the producers were joined (or the wake-up "
                        + "bursts put): every consumer parked in take() for " + TrialThreads.STUCK_WINDOW.toSeconds()
                        + " s with items still counted unfinished, and no consumer failing")
                .race(STILL_RUNNING, stillRunning())
                .setting("producers", PRODUCERS).setting("consumers", TASK_CONSUMERS)
                .setting("items per producer", ITEMS_PER_PRODUCER)
                .setting("wake-up bursts", WAKE_UP_BURSTS + " after the join, each one item per consumer put while "
                        + "every consumer is parked in take(), then joined")
                .setting("trials", TRIALS + ", or until " + MAX_HUNG_TRIALS + " timed out")
                .stopWhen(() -> hung.get() >= MAX_HUNG_TRIALS, MAX_HUNG_TRIALS + " timed out, each at the cost of its window");
        TrialAmounts amounts = QueueHandoffExperiment.deliveryAmounts(trials)
                .counting(EARLY_JOIN, "join() returned before the main thread saw every item processed", "items unprocessed")
                .counting(STILL_RUNNING, stillRunning(), "consumers");
        trials.run(() -> {
            @SuppressWarnings("unchecked")
            JoinableQueue<Integer> queue = evidence.create(JoinableQueue.class, 0);
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
                hung.incrementAndGet();
            }
            if (tally.thrown() != null) {
                return QueueHandoffExperiment.outcome(tally, amounts);
            } else if (joined && seenProcessed < ITEMS) {
                amounts.add(EARLY_JOIN, ITEMS - seenProcessed);
                return EARLY_JOIN;
            } else if (!joined) {
                return JOIN_TIMED_OUT;
            } else if (stillRunning > 0) {
                amounts.add(STILL_RUNNING, stillRunning);
                return STILL_RUNNING;
            }
            processed.forEach(items -> items.forEach(tally::delivered));
            return QueueHandoffExperiment.outcome(tally, amounts);
        });
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

    private static String stillRunning() {
        return "a consumer stayed parked in take() for " + TrialThreads.STUCK_WINDOW.toSeconds()
                + " s after the pills were put: it will never see one";
    }
}
