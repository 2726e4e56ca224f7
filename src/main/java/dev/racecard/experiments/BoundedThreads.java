package dev.racecard.experiments;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Runs a few threads of a trial together and never waits longer than a bound for them: for code
 * that can deadlock or block for ever. The threads are daemons, lined up by a start latch outside
 * the code under test; while waiting, the JVM's own deadlock detector
 * ({@link ThreadMXBean#findDeadlockedThreads}) is asked which of them wait on each other in a cycle.
 * and whether every one still alive waits with nobody left to wake it. A thread that is still
 * blocked at the end is interrupted and abandoned (a thread stuck on a monitor cannot be stopped):
 * the build never hangs, and each such trial leaves its threads behind.
 */
public final class BoundedThreads {

    /** How the threads ended. */
    public enum Ending {
        /** every thread returned */
        COMPLETED,
        /** some of them wait on each other's locks in a cycle (the JVM's deadlock detector) */
        DEADLOCKED,
        /**
         * every thread still alive is blocked or waiting without a timeout, and none of them has
         * blocked or waited again (the JVM counts both per thread) for {@code WAITING_FOR} (300 ms): none is
         * left running to wake the others (the trial's threads are the only ones that touch its
         * objects), so they wait for ever
         */
        WAITING_FOREVER,
        /** some are still running, or waiting with a timeout, at the bound */
        TIMED_OUT,
        /** a thread threw */
        FAILED
    }

    /** @param failure the first exception a thread threw, or null */
    public record Run(Ending ending, Throwable failure, Duration elapsed) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Duration POLL = Duration.ofMillis(5);
    /**
     * How long every live thread must be found waiting, with none of them any further on, before
     * they count as waiting for ever: threads handing a monitor to each other are all blocked or
     * waiting most of the time, but each hand-off counts; and a thread that was woken keeps showing
     * WAITING, with no new wait counted, until the scheduler runs it, which on busy cores took
     * longer than the 20 ms this once was (a working CyclicBarrier was called stuck at a load of 7).
     */
    private static final Duration WAITING_FOR = Duration.ofMillis(300);

    private BoundedThreads() {
    }

    /**
     * Set to {@code true} in a child JVM whose program is a trial run as a user's program runs:
     * the threads are not daemons and {@link #run} joins them without a bound, so a thread that
     * never ends keeps the JVM alive, for the parent (ChildJvm, with its timeout) to see.
     */
    public static final String UNBOUNDED_PROPERTY = "racecard.threads.unbounded";

    /** Starts {@code bodies} together, one thread each, and waits for them at most {@code bound}. */
    public static Run run(Duration bound, Runnable... bodies) throws InterruptedException {
        boolean unbounded = Boolean.getBoolean(UNBOUNDED_PROPERTY);
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            Runnable body = bodies[i];
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    body.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "racecard-bounded-" + i);
            t.setDaemon(!unbounded);
            threads.add(t);
            t.start();
        }
        long begin = System.nanoTime();
        start.countDown();
        if (unbounded) {
            for (Thread t : threads) {
                t.join();
            }
            return new Run(failure.get() == null ? Ending.COMPLETED : Ending.FAILED, failure.get(),
                    Duration.ofNanos(System.nanoTime() - begin));
        }
        long deadline = begin + bound.toNanos();
        Ending ending = null;
        long waitingSince = 0;
        long waits = -1;
        while (ending == null) {
            Thread alive = threads.stream().filter(Thread::isAlive).findFirst().orElse(null);
            long nowWaits = alive != null && allWaiting(threads) ? waits(threads) : -1;
            long now = System.nanoTime();
            if (nowWaits < 0 || nowWaits != waits) {
                waitingSince = now;
            }
            waits = nowWaits;
            if (alive == null) {
                ending = failure.get() == null ? Ending.COMPLETED : Ending.FAILED;
            } else if (deadlocked(threads)) {
                ending = Ending.DEADLOCKED;
            } else if (nowWaits >= 0 && now - waitingSince >= WAITING_FOR.toNanos()) {
                ending = Ending.WAITING_FOREVER;
            } else if (System.nanoTime() - deadline >= 0) {
                ending = Ending.TIMED_OUT;
            } else {
                alive.join(POLL.toMillis());
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        threads.stream().filter(Thread::isAlive).forEach(Thread::interrupt);
        return new Run(ending, failure.get(), elapsed);
    }

    private static boolean allWaiting(List<Thread> threads) {
        return threads.stream().filter(Thread::isAlive).allMatch(t -> {
            Thread.State state = t.getState();
            return state == Thread.State.BLOCKED || state == Thread.State.WAITING;
        });
    }

    /** How often, in all, the live threads have blocked on a monitor or waited: a sum that grows with any hand-off. */
    private static long waits(List<Thread> threads) {
        long sum = 0;
        for (Thread t : threads) {
            ThreadInfo info = t.isAlive() ? THREADS.getThreadInfo(t.getId()) : null;
            if (info != null) {
                sum += info.getBlockedCount() + info.getWaitedCount();
            }
        }
        return sum;
    }

    private static boolean deadlocked(List<Thread> threads) {
        long[] ids = THREADS.findDeadlockedThreads();
        if (ids == null) {
            return false;
        }
        Set<Long> cycle = Arrays.stream(ids).boxed().collect(Collectors.toSet());
        return threads.stream().anyMatch(t -> cycle.contains(t.getId()));
    }
}
