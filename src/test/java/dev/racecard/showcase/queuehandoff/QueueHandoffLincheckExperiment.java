package dev.racecard.showcase.queuehandoff;

import dev.racecard.catalog.Tool;
import dev.racecard.evidence.LincheckEvidence;
import dev.racecard.evidence.LincheckEvidence.Budget;
import dev.racecard.junit.Subject;
import dev.racecard.evidence.Subjects;
import dev.racecard.junit.UnderTest;
import dev.racecard.showcase.queuehandoff.DrainBeforeJoin;
import dev.racecard.showcase.queuehandoff.Handoff;
import dev.racecard.showcase.queuehandoff.JoinableQueue;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Lincheck model-checks the queues with two threads, one spec per API shape: the non-blocking
 * queue (offer, poll) for every queue, and the task queue's whole non-blocking API (offer, poll,
 * taskDone and a join that does not wait), so that taskDone and join run too. The racy queues must
 * yield a counterexample; the correct ones, and the mutants in their places, are graded by the
 * gate from what it found. Collecting before the join is a race in the order of a program's steps,
 * not in one object's operations, so Lincheck checks that program whole, threads and all.
 */
class QueueHandoffLincheckExperiment {

    static final String PATTERN = "queue-handoff";
    /**
     * Ten scenarios: the check-then-remove race needs one where both threads poll the last item,
     * and with Lincheck's fixed seed the first is among scenarios 6 to 10. Twenty interleavings
     * each find both races; exploring JDK queues field by field is slow, so no more.
     */
    static final Budget BUDGET = new Budget(10, 20, 2, 2);
    static final int PROGRAM_INVOCATIONS = 100;

    /** The non-blocking queue as Lincheck operations, on the subject of the check under way. */
    public static class HandoffSpec {
        private final Handoff<Integer> handoff = UnderTest.create(Handoff.class);

        @Operation
        public boolean offer(int item) {
            return handoff.offer(item);
        }

        /**
         * For check-then-remove this is the whole {@code if (!q.isEmpty()) q.remove()}; its
         * NoSuchElementException is a result (-1), which no sequential order of polls produces.
         */
        @Operation
        public int poll() {
            try {
                Integer item = handoff.poll();
                return item == null ? 0 : item;
            } catch (NoSuchElementException e) {
                return -1;
            }
        }
    }

    /** Python's queue.Queue with task_done/join, without waiting: join is asked with a zero timeout. */
    public static class TaskQueueSpec {
        private final JoinableQueue<Integer> queue = UnderTest.create(JoinableQueue.class);

        @Operation
        public boolean offer(int item) {
            return queue.offer(item);
        }

        @Operation
        public Integer poll() {
            return queue.poll();
        }

        /** False where taskDone() refused: more calls than items put. */
        @Operation
        public boolean taskDone() {
            try {
                queue.taskDone();
                return true;
            } catch (IllegalStateException e) {
                return false;
            }
        }

        /** join() that does not wait: whether every item put has been marked done. */
        @Operation
        public boolean allDone() throws InterruptedException {
            return queue.join(0, TimeUnit.NANOSECONDS);
        }
    }

    static Stream<Subject> handoffs() {
        return Subjects.of(PATTERN, Tool.LINCHECK, "linked-list", "check-then-remove", "bounded-poison-pill");
    }

    static Stream<Subject> taskQueues() {
        return Subjects.of(PATTERN, Tool.LINCHECK, "task-queue-join");
    }

    static Stream<Subject> collectors() {
        return Subjects.of(PATTERN, Tool.LINCHECK, "drain-before-join");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handoffs")
    void offerAndPollAreLinearizable(Subject subject) {
        LincheckEvidence.check(subject, subject.testId(getClass()), HandoffSpec.class, BUDGET);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taskQueues")
    void taskDoneAndJoinAreLinearizable(Subject subject) {
        LincheckEvidence.check(subject, subject.testId(getClass()), TaskQueueSpec.class, BUDGET);
    }

    /**
     * Seed 001 "Method 2" with the collect loop before the join: start a producer, collect, join.
     * The producer is a plain {@code new Thread(runnable)}: Lincheck reports a Thread subclass
     * started and joined in the program as a hang.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("collectors")
    void drainBeforeJoinLeavesAnItemBehind(Subject subject) {
        LincheckEvidence.checkProgram(subject, subject.testId(getClass()), PROGRAM_INVOCATIONS, () -> {
            DrainBeforeJoin<Integer> collector = subject.create(DrainBeforeJoin.class);
            Thread producer = new Thread(() -> collector.put(1));
            producer.start();
            List<Integer> collected;
            try {
                // the same order as collect(List.of(producer)): drain, then join; Lincheck 3.6
                // reports a hang when the join is made inside collect on a thread passed in a list
                collected = collector.collect(List.of());
                producer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while collecting", e);
            }
            if (collected.size() != 1) {
                throw new AssertionError("item left behind: collected " + collected + " of [1]");
            }
        });
    }
}
