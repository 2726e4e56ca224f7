package dev.racecard.showcase.queuehandoff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a trial's threads behind one gate, so that they overlap instead of running one after the
 * other; the gate adds no delay to the code under test. What a thread throws goes to the tally.
 */
final class TrialThreads {
    private final CountDownLatch gate = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();

    /** Adds {@code count} threads, each running {@code body.run(index)}. */
    TrialThreads add(String role, int count, DeliveryTally tally, Body body) {
        for (int i = 0; i < count; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                try {
                    gate.await();
                    body.run(index);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    tally.threw(e);
                }
            }, role + "-" + i);
            threads.add(thread);
        }
        return this;
    }

    List<Thread> start() {
        threads.forEach(Thread::start);
        gate.countDown();
        return threads;
    }

    /**
     * Joins each thread for at most {@code millis}. Threads still alive then count as stuck only
     * with evidence: every one of them parked without a timeout ({@link Thread.State#WAITING}, as in
     * {@code take()} or {@code put()}) through a whole {@link #STUCK_WINDOW}, nobody left to wake
     * them; they are interrupted and counted, so a hang becomes an outcome, never a hung build.
     * Threads still moving are waited for up to {@link #RECHECK_LIMIT}: a slow machine is not a
     * hang. Past that, the trial is a timeout of the experiment, an error.
     *
     * @return how many threads were stuck
     */
    static int joinOrStuck(List<Thread> threads, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        for (Thread thread : threads) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        List<Thread> alive = threads.stream().filter(Thread::isAlive).toList();
        if (alive.isEmpty()) {
            return 0;
        }
        if (!parkedForGood(() -> alive.stream().noneMatch(Thread::isAlive), alive)) {
            return 0;
        }
        alive.forEach(Thread::interrupt);
        return alive.size();
    }

    /**
     * Whether {@code threads} stay parked (WAITING) through a whole {@link #STUCK_WINDOW} while
     * {@code done} stays false; false as soon as {@code done} holds. A thread that is running,
     * blocked on a lock or sleeping restarts the window.
     *
     * @throws IllegalStateException when neither is settled within {@link #RECHECK_LIMIT}: a timeout
     */
    static boolean parkedForGood(Done done, List<Thread> threads) throws InterruptedException {
        long limit = System.nanoTime() + RECHECK_LIMIT.toNanos();
        long parkedSince = System.nanoTime();
        while (System.nanoTime() - limit < 0) {
            if (done.done()) {
                return false;
            }
            long now = System.nanoTime();
            boolean allParked = threads.stream().allMatch(t -> !t.isAlive() || t.getState() == Thread.State.WAITING);
            if (!allParked) {
                parkedSince = now;
            } else if (now - parkedSince >= STUCK_WINDOW.toNanos()) {
                return true;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("timeout: " + threads.stream().map(Thread::getName).toList() + " still moving "
                + RECHECK_LIMIT.toSeconds() + " s on, never parked for good: slow, neither the race nor a pass");
    }

    /** A condition the waiting is for, checked between looks at the threads. */
    interface Done {
        boolean done() throws InterruptedException;
    }

    /**
     * How long every thread must be seen parked, with nothing done, before it counts as stuck: a
     * thread that was woken shows WAITING until it is scheduled, which on busy cores took hundreds
     * of ms (BoundedThreads once called a working barrier stuck after 20 ms at a load of 7).
     */
    static final Duration STUCK_WINDOW = Duration.ofSeconds(2);
    /** How long threads that are still moving are waited for, past the trial's own bound. */
    static final Duration RECHECK_LIMIT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 20;

    /** A thread's work; may wait, so it may be interrupted. */
    interface Body {
        void run(int index) throws InterruptedException;
    }
}
