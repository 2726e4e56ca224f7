package dev.racecard.showcase.queuehandoff;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one handoff in the stress tests: what the actors took, plus what the arbiter
 * drains afterwards, checked against the items handed over. Actors only store what they got;
 * all counting happens here, in the arbiter, after they are done.
 */
final class Deliveries {
    static final String ONCE = "delivered exactly once";
    static final String LOST = "item lost";
    static final String TWICE = "item delivered twice";
    static final String THREW = "exception thrown";

    /** More polls than any test hands items over: a corrupted queue must not loop the arbiter. */
    private static final int DRAIN_LIMIT = 8;

    private final List<Integer> delivered = new ArrayList<>();
    private boolean threw;

    static Deliveries of(Integer... taken) {
        Deliveries d = new Deliveries();
        for (Integer item : taken) {
            d.add(item);
        }
        return d;
    }

    Deliveries threw(boolean threw) {
        this.threw |= threw;
        return this;
    }

    /** Takes what is still queued: it was not lost, it just was not taken yet. */
    Deliveries drain(Handoff<Integer> handoff) {
        try {
            for (int i = 0; i < DRAIN_LIMIT; i++) {
                Integer item = handoff.poll();
                if (item == null) {
                    break;
                }
                add(item);
            }
        } catch (RuntimeException e) {
            threw = true;
        }
        return this;
    }

    Deliveries add(Integer item) {
        if (item != null) {
            delivered.add(item);
        }
        return this;
    }

    Deliveries addAll(List<Integer> items) {
        items.forEach(this::add);
        return this;
    }

    /** An exception first, then a duplicate, then a loss: the worst thing that happened names the outcome. */
    String verdict(List<Integer> handedOver) {
        if (threw) {
            return THREW;
        }
        for (Integer item : handedOver) {
            if (times(item) > 1) {
                return TWICE;
            }
        }
        for (Integer item : handedOver) {
            if (times(item) == 0) {
                return LOST;
            }
        }
        return ONCE;
    }

    private long times(Integer item) {
        return delivered.stream().filter(item::equals).count();
    }
}
