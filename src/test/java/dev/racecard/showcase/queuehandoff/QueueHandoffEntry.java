package dev.racecard.showcase.queuehandoff;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.queuehandoff.mutants.EmptyMeansDoneTaskQueue;
import dev.racecard.showcase.queuehandoff.mutants.IfNotWhileTaskQueue;
import dev.racecard.showcase.queuehandoff.mutants.PillEatingPollQueue;
import dev.racecard.showcase.queuehandoff.mutants.SinglePillQueue;
import dev.racecard.showcase.queuehandoff.mutants.UnboundedPoisonPillQueue;
import dev.racecard.showcase.queuehandoff.mutants.UnlockedCountTaskQueue;

import static dev.racecard.catalog.Tool.JCSTRESS;
import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.Tool.LINCHECK;

/**
 * Seeds 001/002: results and work items handed from producer threads to consumers through a
 * queue, stopped with a {@code None} poison pill, and waited for with {@code task_done}/{@code join}.
 * Every variant runs the seed's delivery (jcstress, Lincheck and JUnit); the correct ones also
 * the seeds' shutdown and the bounded queue's back-pressure.
 */
public final class QueueHandoffEntry {

    public static final Pattern PATTERN = Racecard.pattern("queue-handoff",
                    "Queue handoff between producers and consumers",
                    "Every item handed over must reach exactly one consumer, and every consumer must stop; "
                            + "an unsynchronized queue, a check-then-remove or a collect before join breaks that.")
            .seed(Seed.SEED_001.quote(248, 273, "Method 2: Thread-Safe Queue", """
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
                    """))
            .seed(Seed.SEED_001.quote(974, 1009, "ADVANCED: Producer-Consumer Pattern", """
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
                    """))
            .seed(Seed.SEED_002.quote(156, 183, "Thread-Safe Queues", """
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
                    """))
            .racy("linked-list", LinkedListHandoff.class,
                    "A plain LinkedList as the queue: concurrent add and poll rewrite the same links, "
                            + "losing or duplicating items.")
                .jcstress(QueueHandoffStress.LinkedList.class)
                .lincheck(QueueHandoffExperiment.class).junit(QueueHandoffExperiment.class)
                .critical("new LinkedList<>()")
            .racy("check-then-remove", CheckThenRemoveHandoff.class,
                    "The seed's collect loop while not q.empty(): q.get() runs in one thread after the "
                            + "join (001:270), where it is safe; this variant runs it as "
                            + "if (!q.isEmpty()) q.remove() from two consumers at once on a "
                            + "ConcurrentLinkedQueue: both see the last item, and the second remove() "
                            + "throws NoSuchElementException.")
                .jcstress(QueueHandoffStress.CheckThenRemove.class)
                .lincheck(QueueHandoffExperiment.class).junit(QueueHandoffExperiment.class)
                .critical("if (!items.isEmpty())", "return items.remove()")
            .racy("drain-before-join", DrainBeforeJoin.class,
                    "The seed joins its producers, then collects while not q.empty() (001:270), which is "
                            + "correct; this variant moves that loop before the join: it stops at the first "
                            + "empty moment and leaves later items behind.")
                .jcstress(QueueHandoffStress.DrainBeforeJoin.class)
                .lincheck(QueueHandoffExperiment.class).junit(QueueHandoffExperiment.class)
                .critical("while (!queue.isEmpty())")
            .correct("bounded-poison-pill", BoundedPoisonPillQueue.class,
                    "ArrayBlockingQueue: put waits while full, take while empty, one poison pill per "
                            + "consumer after the last item stops them all, and poll() never swallows a pill.")
                .jcstress(QueueHandoffStress.BoundedPoisonPill.class)
                .lincheck(QueueHandoffExperiment.class).junit(QueueHandoffExperiment.class)
                .junit(QueueHandoffShutdownExperiment.class).junit(BackPressureExperiment.class)
                .critical("new ArrayBlockingQueue<>(capacity)", "queue.put(POISON_PILL)")
                .fixing("linked-list", "check-then-remove")
                .mutant(Mutant.of("unbounded-queue", UnboundedPoisonPillQueue.class,
                        "new LinkedBlockingQueue<>() where Queue(maxsize=5) was meant: the capacity is kept in a "
                                + "field but never bounds the queue, so put never makes the producer wait",
                        JCSTRESS, JUNIT))
                .mutant(Mutant.of("poll-eats-pill", PillEatingPollQueue.class,
                        "poll() takes a poison pill at the head and returns null, which reads as 'empty': a "
                                + "consumer draining a batch with poll() swallows another consumer's stop signal",
                        JUNIT))
                .mutant(Mutant.of("one-pill", SinglePillQueue.class,
                        "one poison pill for several consumers, as the seed's single producer puts one None: every "
                                + "consumer but one waits forever", JUNIT))
            .correct("task-queue-join", TaskQueue.class,
                    "Python's queue.Queue on a lock and conditions: join() returns only after every "
                            + "item put was marked done with taskDone().")
                .jcstress(QueueHandoffStress.TaskQueueJoin.class)
                .lincheck(QueueHandoffExperiment.class).junit(QueueHandoffExperiment.class)
                .junit(QueueHandoffShutdownExperiment.class).junit(BackPressureExperiment.class)
                .critical("while (unfinishedTasks > 0)", "allTasksDone.await()")
                .mutant(Mutant.of("join-waits-for-empty", EmptyMeansDoneTaskQueue.class,
                        "join() waits until the queue is empty, not until every item is done: it returns while "
                                + "the last items are still being processed, as if taskDone() were called before "
                                + "the work", JCSTRESS, JUNIT))
                .mutant(Mutant.of("if-not-while", IfNotWhileTaskQueue.class,
                        "if instead of while around each condition's await: a woken consumer does not check "
                                + "again and dequeues from an empty queue", JUNIT))
                .mutant(Mutant.of("unlocked-task-count", UnlockedCountTaskQueue.class,
                        "taskDone() lowers the unfinished-task count without the lock, taking it only to signal: "
                                + "concurrent decrements are lost and join() waits forever (or returns early)",
                        LINCHECK, JUNIT))
            .build();

    private QueueHandoffEntry() {
    }
}
