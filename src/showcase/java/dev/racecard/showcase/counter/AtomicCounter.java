package dev.racecard.showcase.counter;

import java.util.concurrent.atomic.AtomicLong;

/** CORRECT. One atomic read-modify-write instruction (a CAS loop or lock xadd) per increment. */
public final class AtomicCounter implements Counter {
    private final AtomicLong count = new AtomicLong();

    @Override
    public void increment() {
        count.incrementAndGet();
    }

    @Override
    public long get() {
        return count.get();
    }
}
