package dev.racecard.showcase.queuehandoff;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One trial's bookkeeping, kept outside the code under test: how often each handed-over item
 * 0..n-1 came out of the queue, and the first exception any thread threw. Atomic, so that the
 * tally itself never loses a count.
 */
final class DeliveryTally {
    static final String ONCE = "once";
    static final String LOST = "lost";
    static final String TWICE = "twice";
    static final String THREW = "exception";

    private final AtomicIntegerArray deliveries;
    private final AtomicReference<Throwable> thrown = new AtomicReference<>();

    DeliveryTally(int items) {
        deliveries = new AtomicIntegerArray(items);
    }

    void delivered(int item) {
        deliveries.incrementAndGet(item);
    }

    void threw(Throwable t) {
        thrown.compareAndSet(null, t);
    }

    Throwable thrown() {
        return thrown.get();
    }

    int lost() {
        return count(0);
    }

    int duplicated() {
        int n = 0;
        for (int i = 0; i < deliveries.length(); i++) {
            n += Math.max(0, deliveries.get(i) - 1);
        }
        return n;
    }

    /** Counts items delivered {@code times} times (0: lost). */
    private int count(int times) {
        int n = 0;
        for (int i = 0; i < deliveries.length(); i++) {
            if (deliveries.get(i) == times) {
                n++;
            }
        }
        return n;
    }

    /** The worst thing that happened names the trial, as in the stress tests. */
    String outcome() {
        if (thrown.get() != null) {
            return THREW;
        }
        if (duplicated() > 0) {
            return TWICE;
        }
        return lost() > 0 ? LOST : ONCE;
    }
}
