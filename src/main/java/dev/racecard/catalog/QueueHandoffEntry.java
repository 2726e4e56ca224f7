package dev.racecard.catalog;

import java.util.ArrayList;
import java.util.List;

import static dev.racecard.catalog.VariantKind.CORRECT;
import static dev.racecard.catalog.VariantKind.RACY;

/**
 * Seeds 001/002: results and work items handed from producer threads to consumers through a
 * queue, stopped with a {@code None} poison pill, and waited for with {@code task_done}/{@code join}.
 */
final class QueueHandoffEntry {

    static final Pattern PATTERN = new Pattern(
            "queue-handoff",
            "Queue handoff between producers and consumers",
            "Every item handed over must reach exactly one consumer, and every consumer must stop; "
                    + "an unsynchronized queue, a check-then-remove or a collect before join breaks that.",
            List.of(
                    new SeedRef("001_dbc67627af8bdde4.txt", 248, 273, "Method 2: Thread-Safe Queue", """
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
                    new SeedRef("001_dbc67627af8bdde4.txt", 974, 1009, "ADVANCED: Producer-Consumer Pattern", """
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
                    new SeedRef("002_96dffee7bc39aca5.txt", 156, 183, "Thread-Safe Queues", """
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
                                    + "losing or duplicating items.")
                            .markingCritical("new LinkedList<>()"),
                    variant("check-then-remove", RACY, "CheckThenRemoveHandoff", "CheckThenRemove",
                            "if (!q.isEmpty()) q.remove() on a thread-safe queue: two consumers both see the "
                                    + "last item, one of them gets NoSuchElementException.")
                            .markingCritical("if (!items.isEmpty())", "return items.remove()"),
                    variant("drain-before-join", RACY, "DrainBeforeJoin", "DrainBeforeJoin",
                            "The seed's collect loop while (!q.isEmpty()) run before joining the producers: "
                                    + "it stops at the first empty moment and leaves later items behind.")
                            .markingCritical("while (!queue.isEmpty())"),
                    variant("bounded-poison-pill", CORRECT, "BoundedPoisonPillQueue", "BoundedPoisonPill",
                            "ArrayBlockingQueue: put waits while full, take while empty, one poison pill per "
                                    + "consumer after the last item stops them all.")
                            .markingCritical("new ArrayBlockingQueue<>(capacity)", "queue.put(POISON_PILL)"),
                    variant("task-queue-join", CORRECT, "TaskQueue", "TaskQueueJoin",
                            "Python's queue.Queue on a lock and conditions: join() returns only after every "
                                    + "item put was marked done with taskDone().")
                            .markingCritical("while (unfinishedTasks > 0)", "allTasksDone.await()")));

    private QueueHandoffEntry() {
    }

    private static Variant variant(String id, VariantKind kind, String className, String stressName,
                                   String summary) {
        List<ExperimentRef> experiments = new ArrayList<>();
        experiments.add(Entries.jcstress("queuehandoff.QueueHandoffStress." + stressName));
        experiments.add(id.equals("drain-before-join")
                ? Entries.lincheck("queuehandoff.QueueHandoffLincheckExperiment#drainBeforeJoin")
                : Entries.lincheck("queuehandoff.QueueHandoffLincheckExperiment$" + stressName.replace("Join", "") + "Spec"));
        if (id.equals("drain-before-join")) {
            experiments.add(Entries.junit("queuehandoff.QueueHandoffSeedExperiment#collectingBeforeTheJoinLeavesItemsBehind"));
        } else {
            experiments.add(Entries.junit("queuehandoff.QueueHandoffSeedExperiment#everyItemReachesExactlyOneConsumer[" + id + "]"));
        }
        if (id.equals("bounded-poison-pill")) {
            experiments.add(Entries.junit("queuehandoff.QueueHandoffSeedExperiment#poisonPillStopsEveryConsumer"));
        }
        if (id.equals("task-queue-join")) {
            experiments.add(Entries.junit("queuehandoff.QueueHandoffSeedExperiment#joinReturnsOnlyAfterEveryItemIsDone"));
        }
        if (kind == VariantKind.CORRECT) {
            experiments.add(Entries.junit("queuehandoff.QueueHandoffShutdownExperiment#fullQueueMakesTheProducerWait[" + id + "]"));
        }
        return new Variant(id, kind, Entries.PATTERNS + "queuehandoff." + className, summary, experiments);
    }
}
