package dev.racecard.showcase.queuehandoff;

import dev.racecard.junit.Budgets;
import dev.racecard.junit.Evidence;
import dev.racecard.junit.RacecardTest;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.racecard.showcase.queuehandoff.QueueHandoffExperiment.PATTERN;

/**
 * Seed 001's {@code Queue(maxsize=5)}: with no consumer yet, the producer's put after the fifth
 * waits until an item is taken. A producer that stays parked after taking one made room counts as
 * stuck only with evidence ({@link TrialThreads#parkedForGood}); it is interrupted, never a hung
 * build.
 */
class BackPressureExperiment {

    /** The seed's {@code maxsize=5}. */
    static final int CAPACITY = 5;
    static final int TRIALS = Budgets.trials(20);
    static final long JOIN_MILLIS = 2_000;

    static final String BLOCKED = "producer blocked";
    static final String OVER_CAPACITY = "over capacity";
    static final String NOT_BLOCKED = "producer not blocked";
    static final String STUCK = "producer stuck";

    @RacecardTest(pattern = PATTERN, variant = {"bounded-poison-pill", "task-queue-join"})
    void fullQueueMakesTheProducerWait(Evidence evidence) throws Exception {
        evidence.trials(TRIALS)
                .acceptable(BLOCKED, "with " + CAPACITY + " items queued and no consumer, the producer waited in "
                        + "put(); taking one item let it finish")
                .race(OVER_CAPACITY, "the producer put more than " + CAPACITY + " items with no consumer")
                .race(NOT_BLOCKED, "the producer neither waited nor finished within " + JOIN_MILLIS + " ms")
                .race(STUCK, "the producer stayed parked in put() for " + TrialThreads.STUCK_WINDOW.toSeconds()
                        + " s after taking an item made room")
                .setting("capacity", CAPACITY).setting("items put", CAPACITY + 1)
                .run(() -> {
                    @SuppressWarnings("unchecked")
                    BlockingHandoff<Integer> queue = evidence.create(BlockingHandoff.class, CAPACITY);
                    return putOneMoreThanCapacity(queue);
                });
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
        if (producer.isAlive() && TrialThreads.parkedForGood(() -> !producer.isAlive(), List.of(producer))) {
            producer.interrupt();
            return STUCK;
        }
        return BLOCKED;
    }

    private static boolean parkedAfter(Thread producer, AtomicInteger put, int items) {
        return put.get() == items && producer.getState() == Thread.State.WAITING;
    }
}
