package dev.racecard.showcase.shareddict;

import dev.racecard.stress.Substitution;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Seeds 001/000, a dict of results shared by worker threads, in its smallest form: two workers,
 * then the arbiter (which runs after both, like the seed's {@code join}) reads the dict.
 *
 * <p>*Puts: workers 0 and 1 store their results 10² and 11² into an empty dict, as the seed's
 * first two threads do. r1 = how many of the two results are there, r2 = size(), r3 = 1 if the
 * map threw (an exception escaping an actor would be a jcstress error, not an outcome).
 *
 * <p>*GetOrCompute: both workers ask for the result of task 5, which nobody has computed yet.
 * r1, r2 = the value each got (-1 if the map threw), r3 = how many times it was computed.
 *
 * <p>Each racy variant is stressed on its own race; the correct ones on both. A correct variant's
 * two tests build their dict through one {@link Substitution}, so the mutants run reruns both
 * with a mutant in the variant's place.
 *
 * <p>Every declared outcome was observed on 2 cores, JDK 17, for the test's own variant or a mutant
 * in its place: the lost entries and the miscounted size for plain-hashmap, and in the correct
 * variants' places for unlocked-put, lock-per-key and hashmap-behind; "computed twice" for
 * check-then-act, compute-outside-lock, put-if-absent and hashmap-behind. Any other combination
 * is graded FORBIDDEN, for the racy variants too: an outcome nobody can explain is never the race.
 */
public class SharedDictStress {

    static final int KEY_A = 0;
    static final int KEY_B = 1;
    static final int VALUE_A = 10 * 10;
    static final int VALUE_B = 11 * 11;
    static final int SHARED_KEY = 5;

    /** The correct variants, or the mutant the mutants run puts in one's place (in both its tests). */
    static final Supplier<MemoDict> SYNCHRONIZED = Substitution.of(MemoDict.class, SynchronizedDict.class);
    static final Supplier<MemoDict> COMPUTE_IF_ABSENT = Substitution.of(MemoDict.class, ComputeIfAbsentDict.class);

    /** Two workers store one result each; then count what arrived. Shared by the *Puts tests. */
    static final class TwoPuts {
        private final SharedDict dict;
        private boolean threw;

        TwoPuts(SharedDict dict) {
            this.dict = dict;
        }

        void worker0() {
            store(KEY_A, VALUE_A);
        }

        void worker1() {
            store(KEY_B, VALUE_B);
        }

        private void store(int key, int value) {
            try {
                dict.put(key, value);
            } catch (RuntimeException e) {
                threw = true;
            }
        }

        void count(III_Result r) {
            try {
                r.r1 = (stored(KEY_A, VALUE_A) ? 1 : 0) + (stored(KEY_B, VALUE_B) ? 1 : 0);
                r.r2 = dict.size();
            } catch (RuntimeException e) {
                threw = true;
            }
            r.r3 = threw ? 1 : 0;
        }

        private boolean stored(int key, int value) {
            Integer found = dict.get(key);
            return found != null && found == value;
        }
    }

    /** Two workers ask for the same missing result; the compute function counts its runs. */
    static final class TwoAsks {
        private final AtomicInteger computations = new AtomicInteger();
        private final MemoDict dict;

        TwoAsks(MemoDict dict) {
            this.dict = dict;
        }

        int ask() {
            try {
                return dict.getOrCompute(SHARED_KEY, this::square);
            } catch (RuntimeException e) {
                return -1;
            }
        }

        private int square(int key) {
            computations.incrementAndGet();
            return key * key;
        }

        int computations() {
            return computations.get();
        }
    }

    @JCStressTest
    @Description("HashMap.put from two threads, no lock (the seed without 'with lock:')")
    @Outcome(id = "2, 2, 0", expect = ACCEPTABLE, desc = "both results stored, size 2")
    @Outcome(id = "1, 1, 0", expect = ACCEPTABLE_INTERESTING, desc = "lost entry: one result missing, size 1")
    @Outcome(id = "1, 2, 0", expect = ACCEPTABLE_INTERESTING, desc = "lost entry: one result missing, yet size says 2")
    @Outcome(id = "2, 1, 0", expect = ACCEPTABLE_INTERESTING, desc = "size wrong: both results stored, size says 1")
    @Outcome(expect = FORBIDDEN, desc = "any other state (a put threw, or both results lost): not seen, and never the race")
    @State
    public static class PlainHashMapPuts {
        final TwoPuts puts = new TwoPuts(new PlainHashMapDict());

        @Actor
        public void worker0() {
            puts.worker0();
        }

        @Actor
        public void worker1() {
            puts.worker1();
        }

        @Arbiter
        public void arbiter(III_Result r) {
            puts.count(r);
        }
    }

    @JCStressTest
    @Description("HashMap.put from two threads, every access under one monitor (the seed's 'with lock:')")
    @Outcome(id = "2, 2, 0", expect = ACCEPTABLE, desc = "both results stored, size 2")
    @Outcome(id = "1, 1, 0", expect = FORBIDDEN, desc = "lost entry: one result missing, size 1")
    @Outcome(id = "1, 2, 0", expect = FORBIDDEN, desc = "lost entry: one result missing, yet size says 2")
    @Outcome(id = "2, 1, 0", expect = FORBIDDEN, desc = "size wrong: both results stored, size says 1")
    @Outcome(expect = FORBIDDEN, desc = "any other state: a put threw, or both results lost")
    @State
    public static class SynchronizedPuts {
        final TwoPuts puts = new TwoPuts(SYNCHRONIZED.get());

        @Actor
        public void worker0() {
            puts.worker0();
        }

        @Actor
        public void worker1() {
            puts.worker1();
        }

        @Arbiter
        public void arbiter(III_Result r) {
            puts.count(r);
        }
    }

    @JCStressTest
    @Description("ConcurrentHashMap.put from two threads")
    @Outcome(id = "2, 2, 0", expect = ACCEPTABLE, desc = "both results stored, size 2")
    @Outcome(id = "1, 1, 0", expect = FORBIDDEN, desc = "lost entry: one result missing, size 1")
    @Outcome(id = "1, 2, 0", expect = FORBIDDEN, desc = "lost entry: one result missing, yet size says 2")
    @Outcome(id = "2, 1, 0", expect = FORBIDDEN, desc = "size wrong: both results stored, size says 1")
    @Outcome(expect = FORBIDDEN, desc = "any other state: a put threw, or both results lost")
    @State
    public static class ComputeIfAbsentPuts {
        final TwoPuts puts = new TwoPuts(COMPUTE_IF_ABSENT.get());

        @Actor
        public void worker0() {
            puts.worker0();
        }

        @Actor
        public void worker1() {
            puts.worker1();
        }

        @Arbiter
        public void arbiter(III_Result r) {
            puts.count(r);
        }
    }

    @JCStressTest
    @Description("if (!map.containsKey(k)) map.put(k, compute(k)) on a ConcurrentHashMap, from two threads")
    @Outcome(id = "25, 25, 1", expect = ACCEPTABLE, desc = "computed once, both workers got 25")
    @Outcome(id = "25, 25, 2", expect = ACCEPTABLE_INTERESTING, desc = "computed twice: both workers saw the key absent")
    @Outcome(expect = FORBIDDEN, desc = "a worker got a wrong value, or the map threw")
    @State
    public static class CheckThenActGetOrCompute {
        final TwoAsks asks = new TwoAsks(new CheckThenActDict());

        @Actor
        public void worker0(III_Result r) {
            r.r1 = asks.ask();
        }

        @Actor
        public void worker1(III_Result r) {
            r.r2 = asks.ask();
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = asks.computations();
        }
    }

    @JCStressTest
    @Description("check, compute and put under one monitor, from two threads")
    @Outcome(id = "25, 25, 1", expect = ACCEPTABLE, desc = "computed once, both workers got 25")
    @Outcome(id = "25, 25, 2", expect = FORBIDDEN, desc = "computed twice: both workers saw the key absent")
    @Outcome(expect = FORBIDDEN, desc = "a worker got a wrong value, or the map threw")
    @State
    public static class SynchronizedGetOrCompute {
        final TwoAsks asks = new TwoAsks(SYNCHRONIZED.get());

        @Actor
        public void worker0(III_Result r) {
            r.r1 = asks.ask();
        }

        @Actor
        public void worker1(III_Result r) {
            r.r2 = asks.ask();
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = asks.computations();
        }
    }

    @JCStressTest
    @Description("ConcurrentHashMap.computeIfAbsent from two threads")
    @Outcome(id = "25, 25, 1", expect = ACCEPTABLE, desc = "computed once, both workers got 25")
    @Outcome(id = "25, 25, 2", expect = FORBIDDEN, desc = "computed twice: both workers saw the key absent")
    // seen with the hashmap-behind mutant: HashMap.computeIfAbsent checks its modCount after computing
    @Outcome(id = {"-1, 25, 2", "25, -1, 2"}, expect = FORBIDDEN,
            desc = "computed twice, and one worker's call threw: the other's put changed the map while it computed")
    @Outcome(expect = FORBIDDEN, desc = "a worker got a wrong value, or the map threw")
    @State
    public static class ComputeIfAbsentGetOrCompute {
        final TwoAsks asks = new TwoAsks(COMPUTE_IF_ABSENT.get());

        @Actor
        public void worker0(III_Result r) {
            r.r1 = asks.ask();
        }

        @Actor
        public void worker1(III_Result r) {
            r.r2 = asks.ask();
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = asks.computations();
        }
    }
}
