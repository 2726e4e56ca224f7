package dev.racecard.showcase.resultslist;

import dev.racecard.stress.Substitution;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import java.util.function.Supplier;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Seed 001, {@code results.append(result)} from two workers, in its smallest form: each adds one
 * result to an empty list, and after both (the arbiter, like the seed's join) the list is read:
 * r1 its size, r2 how many adds threw. The outcomes jcstress does not list are forbidden for both.
 * <p>
 * Why an add can throw, and what it leaves (JDK 17 to 25 {@code ArrayList.add}: read the array, read
 * the size s, grow the array if s equals its length, store at s, write size = s + 1): an add whose
 * s is 0 never throws (the empty array is grown first), so a throw needs an s of 1, which only the
 * other add's completed write makes; a throw writes no size, and every size written is at least 1.
 * Hence "0, 1" (one threw and the list is empty) and "0, 2" (both threw) cannot happen for any list.
 */
public class SharedListStress {

    @JCStressTest
    @Description("ArrayList.add from two threads into one empty list")
    @Outcome(id = "2, 0", expect = ACCEPTABLE, desc = "both results in the list")
    @Outcome(id = "1, 0", expect = ACCEPTABLE_INTERESTING, desc = "a result lost: both adds wrote slot 0")
    @Outcome(id = "1, 1", expect = ACCEPTABLE_INTERESTING,
            desc = "an add threw: it read the other's size 1 with the empty array from before it grew")
    @State
    public static class PlainArrayList {
        final SharedList list = new dev.racecard.showcase.resultslist.PlainArrayList();
        int thrown1;
        int thrown2;

        @Actor
        public void worker1() {
            try {
                list.add("a");
            } catch (RuntimeException e) {
                thrown1 = 1;
            }
        }

        @Actor
        public void worker2() {
            try {
                list.add("b");
            } catch (RuntimeException e) {
                thrown2 = 1;
            }
        }

        @Arbiter
        public void arbiter(II_Result r) {
            r.r1 = list.snapshot().size();
            r.r2 = thrown1 + thrown2;
        }
    }

    @JCStressTest
    @Description("Collections.synchronizedList.add from two threads into one empty list")
    @Outcome(id = "2, 0", expect = ACCEPTABLE, desc = "both results in the list")
    @Outcome(id = "1, 0", expect = FORBIDDEN, desc = "a result lost: both adds wrote slot 0")
    @Outcome(id = "1, 1", expect = FORBIDDEN, desc = "an add threw")
    @State
    public static class SynchronizedList {
        static final Supplier<SharedList> UNDER_TEST = Substitution.of(SharedList.class, SynchronizedSharedList.class);
        final SharedList list = UNDER_TEST.get();
        int thrown1;
        int thrown2;

        @Actor
        public void worker1() {
            try {
                list.add("a");
            } catch (RuntimeException e) {
                thrown1 = 1;
            }
        }

        @Actor
        public void worker2() {
            try {
                list.add("b");
            } catch (RuntimeException e) {
                thrown2 = 1;
            }
        }

        @Arbiter
        public void arbiter(II_Result r) {
            r.r1 = list.snapshot().size();
            r.r2 = thrown1 + thrown2;
        }
    }
}
