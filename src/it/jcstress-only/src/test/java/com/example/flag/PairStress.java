package com.example.flag;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

import java.util.concurrent.atomic.AtomicInteger;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/** Two threads increment once each: a plain field may lose one, an AtomicInteger never does. */
public class PairStress {

    @JCStressTest
    @Description("count++ on a plain field from two threads")
    @Outcome(id = "1", expect = ACCEPTABLE_INTERESTING, desc = "lost update: both read 0 and wrote 1")
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
    @State
    public static class Plain {
        int count;

        @Actor
        public void one() {
            count++;
        }

        @Actor
        public void two() {
            count++;
        }

        @Arbiter
        public void read(I_Result r) {
            r.r1 = count;
        }
    }

    @JCStressTest
    @Description("incrementAndGet on an AtomicInteger from two threads")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "lost update")
    @Outcome(id = "2", expect = ACCEPTABLE, desc = "both increments counted")
    @State
    public static class Atomic {
        final AtomicInteger count = new AtomicInteger();

        @Actor
        public void one() {
            count.incrementAndGet();
        }

        @Actor
        public void two() {
            count.incrementAndGet();
        }

        @Arbiter
        public void read(I_Result r) {
            r.r1 = count.get();
        }
    }
}
