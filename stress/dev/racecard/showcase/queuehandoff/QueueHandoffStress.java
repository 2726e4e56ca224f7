package dev.racecard.showcase.queuehandoff;

import dev.racecard.stress.Substitution;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static dev.racecard.showcase.queuehandoff.Deliveries.LOST;
import static dev.racecard.showcase.queuehandoff.Deliveries.ONCE;
import static dev.racecard.showcase.queuehandoff.Deliveries.THREW;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Seeds 001/002, handing items from producers to consumers through a queue. Each test is the
 * smallest handoff: one item already queued, a producer and a consumer (or two consumers) acting
 * at once, and an arbiter that drains what is left and names the outcome: every item delivered
 * exactly once, or an item lost, delivered twice, or an exception. Actors never block (offer and
 * poll, never put and take), so a broken queue cannot hang the run; they catch what they throw,
 * so an exception is an outcome, not a test error.
 *
 * <p>Each test declares only the outcomes its code, or a mutant of it, can produce. Anything else
 * (say, an item lost from an ArrayBlockingQueue) is unmatched, and jcstress grades an unmatched
 * outcome FORBIDDEN. The correct variants' tests build their queue through {@link Substitution},
 * so the mutants run reruns the very same test with a mutant in the variant's place.
 */
public class QueueHandoffStress {

    @JCStressTest
    @Description("A producer adds to a plain LinkedList while a consumer polls its only item")
    @Outcome(id = ONCE, expect = ACCEPTABLE, desc = "both items delivered or still queued, each exactly once")
    @Outcome(id = LOST, expect = ACCEPTABLE_INTERESTING,
            desc = "the new item is unreachable: the consumer unlinked the head while the producer linked to it")
    // One producer and one consumer cannot duplicate an item or make LinkedList throw (that takes
    // two consumers on one head, as in the seed experiment); never observed here, so not declared.
    @State
    public static class LinkedList {
        final LinkedListHandoff<Integer> queue = new LinkedListHandoff<>();
        Integer taken;
        boolean threw;

        public LinkedList() {
            queue.offer(1);
        }

        @Actor
        public void producer() {
            try {
                queue.offer(2);
            } catch (RuntimeException e) {
                threw = true;
            }
        }

        @Actor
        public void consumer() {
            try {
                taken = queue.poll();
            } catch (RuntimeException e) {
                threw = true;
            }
        }

        @Arbiter
        public void arbiter(L_Result r) {
            r.r1 = Deliveries.of(taken).threw(threw).drain(queue).verdict(List.of(1, 2));
        }
    }

    @JCStressTest
    @Description("Two consumers run if (!q.isEmpty()) q.remove() on a ConcurrentLinkedQueue holding one item")
    @Outcome(id = ONCE, expect = ACCEPTABLE, desc = "one consumer took the item, the other saw an empty queue")
    // a ConcurrentLinkedQueue cannot lose or duplicate the item: only the exception is this race
    @Outcome(id = THREW, expect = ACCEPTABLE_INTERESTING,
            desc = "both consumers saw the item; the second remove() threw NoSuchElementException")
    @State
    public static class CheckThenRemove {
        final CheckThenRemoveHandoff<Integer> queue = new CheckThenRemoveHandoff<>();
        Integer taken1;
        Integer taken2;
        boolean threw1;
        boolean threw2;

        public CheckThenRemove() {
            queue.offer(1);
        }

        @Actor
        public void consumer1() {
            try {
                taken1 = queue.poll();
            } catch (RuntimeException e) {
                threw1 = true;
            }
        }

        @Actor
        public void consumer2() {
            try {
                taken2 = queue.poll();
            } catch (RuntimeException e) {
                threw2 = true;
            }
        }

        @Arbiter
        public void arbiter(L_Result r) {
            r.r1 = Deliveries.of(taken1, taken2).threw(threw1 || threw2).drain(queue).verdict(List.of(1));
        }
    }

    @JCStressTest
    @Description("The main thread collects while (!q.isEmpty()) while the producer is still running (no join first)")
    @Outcome(id = ONCE, expect = ACCEPTABLE, desc = "the producer put its item before the collect loop ran dry")
    @Outcome(id = LOST, expect = ACCEPTABLE_INTERESTING,
            desc = "item left behind: the collect loop saw an empty queue and stopped before the producer put it")
    @State
    public static class DrainBeforeJoin {
        final dev.racecard.showcase.queuehandoff.DrainBeforeJoin<Integer> collector =
                new dev.racecard.showcase.queuehandoff.DrainBeforeJoin<>();
        List<Integer> collected = List.of();
        boolean threw;

        /** The seed's producer thread; jcstress runs it beside the main thread, so it is still running. */
        @Actor
        public void producer() {
            collector.put(1);
        }

        @Actor
        public void mainThread() {
            try {
                collected = collector.collect(List.of());
            } catch (InterruptedException | RuntimeException e) {
                threw = true;
            }
        }

        /** After both are done, as after the join: whatever a late collect finds was left behind. */
        @Arbiter
        public void arbiter(L_Result r) {
            r.r1 = Deliveries.of().addAll(collected).threw(threw).verdict(List.of(1));
        }
    }

    @JCStressTest
    @Description("Seed 001's Queue(maxsize=5) with one free slot: a producer offers three items while a consumer polls one")
    @Outcome(id = BoundedPoisonPill.ONE_ACCEPTED, expect = ACCEPTABLE,
            desc = "the free slot took one item, the bound refused the rest; the consumer polled after the offers")
    @Outcome(id = BoundedPoisonPill.TWO_ACCEPTED, expect = ACCEPTABLE,
            desc = "the consumer's poll made room for a second item; the bound refused the third")
    @Outcome(id = BoundedPoisonPill.OVER_CAPACITY, expect = FORBIDDEN,
            desc = "the queue accepted more items than its free slot plus the one the consumer took: no back-pressure")
    @State
    public static class BoundedPoisonPill {
        static final String ONE_ACCEPTED = "bound held, 1 accepted";
        static final String TWO_ACCEPTED = "bound held, 2 accepted";
        static final String OVER_CAPACITY = "queue over capacity";
        @SuppressWarnings("unchecked")
        static final Supplier<PoisonPillQueue<Integer>> UNDER_TEST =
                (Supplier<PoisonPillQueue<Integer>>) (Supplier<?>) Substitution.of(PoisonPillQueue.class,
                        BoundedPoisonPillQueue.class);

        final PoisonPillQueue<Integer> queue = UNDER_TEST.get();
        final int prefilled = queue.capacity() - 1;
        final boolean[] accepted = new boolean[3];
        Integer taken;
        boolean threw;

        public BoundedPoisonPill() {
            for (int item = 1; item <= prefilled; item++) {
                queue.offer(item);
            }
        }

        @Actor
        public void producer() {
            try {
                for (int i = 0; i < accepted.length; i++) {
                    accepted[i] = queue.offer(prefilled + 1 + i);
                }
            } catch (RuntimeException e) {
                threw = true;
            }
        }

        @Actor
        public void consumer() {
            try {
                taken = queue.poll();
            } catch (RuntimeException e) {
                threw = true;
            }
        }

        @Arbiter
        public void arbiter(L_Result r) {
            List<Integer> handedOver = new ArrayList<>();
            for (int item = 1; item <= prefilled; item++) {
                handedOver.add(item);
            }
            int acceptedCount = 0;
            for (int i = 0; i < accepted.length; i++) {
                if (accepted[i]) {
                    handedOver.add(prefilled + 1 + i);
                    acceptedCount++;
                }
            }
            String delivery = Deliveries.of(taken).threw(threw).drain(queue).verdict(handedOver);
            if (acceptedCount > 1 + (taken == null ? 0 : 1)) {
                r.r1 = OVER_CAPACITY;
            } else if (!delivery.equals(ONCE)) {
                r.r1 = delivery; // undeclared, so FORBIDDEN
            } else {
                r.r1 = acceptedCount == 1 ? ONE_ACCEPTED : TWO_ACCEPTED;
            }
        }
    }

    @JCStressTest
    @Description("task_done/join: a consumer processes the only item and calls taskDone() while the main thread checks join()")
    @Outcome(id = TaskQueueJoin.JOINED, expect = ACCEPTABLE,
            desc = "join() returned, and the main thread saw the consumer's work on the item")
    @Outcome(id = TaskQueueJoin.WAITING, expect = ACCEPTABLE,
            desc = "join() was still waiting: the item was not done yet")
    @Outcome(id = TaskQueueJoin.EARLY, expect = FORBIDDEN,
            desc = "join() returned, but the main thread did not see the item processed")
    @State
    public static class TaskQueueJoin {
        static final String JOINED = "joined after the item was processed";
        static final String WAITING = "join still waiting";
        static final String EARLY = "joined before the item was processed";

        @SuppressWarnings("unchecked")
        static final Supplier<JoinableQueue<Integer>> UNDER_TEST =
                (Supplier<JoinableQueue<Integer>>) (Supplier<?>) Substitution.of(JoinableQueue.class, TaskQueue.class);

        final JoinableQueue<Integer> queue = UNDER_TEST.get();
        Integer taken;
        int processed;
        boolean joined;
        int seenProcessed;
        boolean threw;

        public TaskQueueJoin() {
            queue.offer(1);
        }

        @Actor
        public void consumer() {
            try {
                taken = queue.poll();
                if (taken != null) {
                    processed = taken;
                    queue.taskDone();
                }
            } catch (RuntimeException e) {
                threw = true;
            }
        }

        /** join() with no wait: the verdict it would return at this instant, without blocking the actor. */
        @Actor
        public void mainThread() {
            try {
                joined = queue.join(0, TimeUnit.NANOSECONDS);
                if (joined) {
                    seenProcessed = processed;
                }
            } catch (InterruptedException | RuntimeException e) {
                threw = true;
            }
        }

        @Arbiter
        public void arbiter(L_Result r) {
            String delivery = Deliveries.of(taken).threw(threw).drain(queue).verdict(List.of(1));
            if (!delivery.equals(ONCE)) {
                r.r1 = delivery; // undeclared, so FORBIDDEN
            } else if (!joined) {
                r.r1 = WAITING;
            } else {
                r.r1 = seenProcessed == 1 ? JOINED : EARLY;
            }
        }
    }
}
