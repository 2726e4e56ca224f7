package dev.racecard.showcase.queuehandoff;

import dev.racecard.catalog.*;
import dev.racecard.showcase.Entries;
import dev.racecard.showcase.Seed;

import java.util.ArrayList;
import java.util.List;

import static dev.racecard.catalog.Tool.JCSTRESS;
import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.Tool.LINCHECK;
import static dev.racecard.catalog.VariantKind.CORRECT;
import static dev.racecard.catalog.VariantKind.RACY;

/**
 * Seeds 001/002: results and work items handed from producer threads to consumers through a
 * queue, stopped with a {@code None} poison pill, and waited for with {@code task_done}/{@code join}.
 */
public final class QueueHandoffEntry {

    private static final String HANDOFF = "queuehandoff.QueueHandoffExperiment#";
    private static final String SHUTDOWN = "queuehandoff.QueueHandoffShutdownExperiment#";
    private static final String BACK_PRESSURE = "queuehandoff.BackPressureExperiment#";

    public static final Pattern PATTERN = new Pattern(
            "queue-handoff",
            "Queue handoff between producers and consumers",
            "Every item handed over must reach exactly one consumer, and every consumer must stop; "
                    + "an unsynchronized queue, a check-then-remove or a collect before join breaks that.",
            List.of(
                    Seed.SEED_001.quote(248, 273, "Method 2: Thread-Safe Queue", """
                            Method 2: Thread-Safe Queue

                            import threading
                            import queue

                            def compute(value, result_queue):
                                result = value ** 2
                                result_queue.put((value, result))

                            result_queue = queue.Queue()
                            threads = []

                            for i in range(5):
                                t = threading.Thread(target=compute, args=(i, result_queue))
                                t.start()
                                threads.append(t)

                            for t in threads:
                                t.join()

                            # Collect results
                            results = []
                            while not result_queue.empty():
                                results.append(result_queue.get())

                            print(results)\
                            """),
                    Seed.SEED_001.quote(974, 1009, "ADVANCED: Producer-Consumer Pattern", """
                                # Shared queue (thread-safe)
                                queue = Queue(maxsize=5)

                                def producer(num_items):
                                    \"""
                                    Produce items and put them in the queue.

                                    Args:
                                        num_items: Number of items to produce
                                    \"""
                                    for i in range(num_items):
                                        item = f"Item-{i}"
                                        print(f"Producer: Creating {item}")
                                        queue.put(item)  # Thread-safe put
                                        time.sleep(0.5)  # Simulate production time

                                    # Signal completion
                                    queue.put(None)  # Sentinel value
                                    print("Producer: Finished producing")

                                def consumer():
                                    \"""
                                    Consume items from the queue until None is received.
                                    \"""
                                    while True:
                                        item = queue.get()  # Thread-safe get (blocks if empty)

                                        if item is None:
                                            print("Consumer: Received stop signal")
                                            break

                                        print(f"Consumer: Processing {item}")
                                        time.sleep(0.8)  # Simulate processing time
                                        queue.task_done()  # Mark as processed

                                    print("Consumer: Finished consuming")\
                            """),
                    Seed.SEED_002.quote(156, 183, "Thread-Safe Queues", """
                            import threading
                            import queue
                            import time

                            def producer(q):
                                for i in range(5):
                                    time.sleep(0.5)
                                    q.put(i)
                                    print(f"Produced: {i}")

                            def consumer(q):
                                while True:
                                    item = q.get()
                                    if item is None:  # Poison pill
                                        break
                                    print(f"Consumed: {item}")
                                    q.task_done()

                            q = queue.Queue()
                            producer_thread = threading.Thread(target=producer, args=(q,))
                            consumer_thread = threading.Thread(target=consumer, args=(q,))

                            producer_thread.start()
                            consumer_thread.start()

                            producer_thread.join()
                            q.put(None)  # Poison pill to stop consumer
                            consumer_thread.join()\
                            """)),
            List.of(
                    variant("linked-list", RACY, "LinkedListHandoff", "LinkedList",
                            "A plain LinkedList as the queue: concurrent add and poll rewrite the same links, "
                                    + "losing or duplicating items.",
                            lincheck("linked-list"), seedDelivery("linked-list"))
                            .markingCritical("new LinkedList<>()"),
                    variant("check-then-remove", RACY, "CheckThenRemoveHandoff", "CheckThenRemove",
                            "The seed's collect loop while not q.empty(): q.get() runs in one thread after the "
                                    + "join (001:270), where it is safe; this variant runs it as "
                                    + "if (!q.isEmpty()) q.remove() from two consumers at once on a "
                                    + "ConcurrentLinkedQueue: both see the last item, and the second remove() "
                                    + "throws NoSuchElementException.",
                            lincheck("check-then-remove"), seedDelivery("check-then-remove"))
                            .markingCritical("if (!items.isEmpty())", "return items.remove()"),
                    variant("drain-before-join", RACY, "DrainBeforeJoin", "DrainBeforeJoin",
                            "The seed joins its producers, then collects while not q.empty() (001:270), which is "
                                    + "correct; this variant moves that loop before the join: it stops at the first "
                                    + "empty moment and leaves later items behind.",
                            lincheck("drain-before-join"),
                            seedDelivery("drain-before-join"))
                            .markingCritical("while (!queue.isEmpty())"),
                    variant("bounded-poison-pill", CORRECT, "BoundedPoisonPillQueue", "BoundedPoisonPill",
                            "ArrayBlockingQueue: put waits while full, take while empty, one poison pill per "
                                    + "consumer after the last item stops them all, and poll() never swallows a pill.",
                            lincheck("bounded-poison-pill"), seedDelivery("bounded-poison-pill"),
                            Entries.junit(SHUTDOWN + "bounded-poison-pill"),
                            backPressure("bounded-poison-pill"))
                            .markingCritical("new ArrayBlockingQueue<>(capacity)", "queue.put(POISON_PILL)")
                            .fixing("linked-list", "check-then-remove")
                            .withMutants(
                                    mutant("unbounded-queue", "UnboundedPoisonPillQueue",
                                            "new LinkedBlockingQueue<>() where Queue(maxsize=5) was meant: the "
                                                    + "capacity is kept in a field but never bounds the queue, so put "
                                                    + "never makes the producer wait", JCSTRESS, JUNIT),
                                    mutant("poll-eats-pill", "PillEatingPollQueue",
                                            "poll() takes a poison pill at the head and returns null, which reads as "
                                                    + "'empty': a consumer draining a batch with poll() swallows "
                                                    + "another consumer's stop signal", JUNIT),
                                    mutant("one-pill", "SinglePillQueue",
                                            "one poison pill for several consumers, as the seed's single producer "
                                                    + "puts one None: every consumer but one waits forever", JUNIT)),
                    variant("task-queue-join", CORRECT, "TaskQueue", "TaskQueueJoin",
                            "Python's queue.Queue on a lock and conditions: join() returns only after every "
                                    + "item put was marked done with taskDone().",
                            lincheck("task-queue-join"),
                            seedDelivery("task-queue-join"),
                            Entries.junit(SHUTDOWN + "task-queue-join"),
                            backPressure("task-queue-join"))
                            .markingCritical("while (unfinishedTasks > 0)", "allTasksDone.await()")
                            .withMutants(
                                    mutant("join-waits-for-empty", "EmptyMeansDoneTaskQueue",
                                            "join() waits until the queue is empty, not until every item is done: it "
                                                    + "returns while the last items are still being processed, as if "
                                                    + "taskDone() were called before the work", JCSTRESS, JUNIT),
                                    mutant("if-not-while", "IfNotWhileTaskQueue",
                                            "if instead of while around each condition's await: a woken consumer "
                                                    + "does not check again and dequeues from an empty queue", JUNIT),
                                    mutant("unlocked-task-count", "UnlockedCountTaskQueue",
                                            "taskDone() lowers the unfinished-task count without the lock, taking it "
                                                    + "only to signal: concurrent decrements are lost and join() waits "
                                                    + "forever (or returns early)", LINCHECK, JUNIT))));

    private QueueHandoffEntry() {
    }

    private static Variant variant(String id, VariantKind kind, String className, String stressName,
                                   String summary, ExperimentRef... experiments) {
        List<ExperimentRef> all = new ArrayList<>();
        all.add(Entries.jcstress("queuehandoff.QueueHandoffStress." + stressName));
        all.addAll(List.of(experiments));
        return new Variant(id, kind, Entries.PATTERNS + "queuehandoff." + className, summary, all);
    }

    private static ExperimentRef lincheck(String variantId) {
        return Entries.lincheck(HANDOFF + variantId);
    }

    private static ExperimentRef seedDelivery(String variantId) {
        return Entries.junit(HANDOFF + variantId);
    }

    private static ExperimentRef backPressure(String variantId) {
        return Entries.junit(BACK_PRESSURE + variantId);
    }

    private static Mutant mutant(String id, String className, String mistake, Tool... tools) {
        return Mutant.of(id, Entries.PATTERNS + "queuehandoff.mutants." + className, mistake, tools);
    }
}
