package dev.racecard.experiments;

import java.lang.management.ManagementFactory;
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
 * A thread that is still blocked at the end is interrupted and abandoned (a thread stuck on a
 * monitor cannot be stopped): the build never hangs, and each such trial leaves its threads behind,
 * so trials that end this way should be few.
 */
public final class BoundedThreads {

    /** How the threads ended. */
    public enum Ending {
        /** every thread returned */
        COMPLETED,
        /** some of them wait on each other's locks in a cycle (the JVM's deadlock detector) */
        DEADLOCKED,
        /** some are still blocked or waiting at the bound, with no lock cycle among them */
        STUCK,
        /** a thread threw */
        FAILED
    }

    /** @param failure the first exception a thread threw, or null */
    public record Run(Ending ending, Throwable failure, Duration elapsed) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Duration POLL = Duration.ofMillis(5);

    private BoundedThreads() {
    }

    /** Starts {@code bodies} together, one thread each, and waits for them at most {@code bound}. */
    public static Run run(Duration bound, Runnable... bodies) throws InterruptedException {
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
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        long begin = System.nanoTime();
        start.countDown();
        long deadline = begin + bound.toNanos();
        Ending ending = null;
        while (ending == null) {
            Thread alive = threads.stream().filter(Thread::isAlive).findFirst().orElse(null);
            if (alive == null) {
                ending = failure.get() == null ? Ending.COMPLETED : Ending.FAILED;
            } else if (deadlocked(threads)) {
                ending = Ending.DEADLOCKED;
            } else if (System.nanoTime() - deadline >= 0) {
                ending = Ending.STUCK;
            } else {
                alive.join(POLL.toMillis());
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        threads.stream().filter(Thread::isAlive).forEach(Thread::interrupt);
        return new Run(ending, failure.get(), elapsed);
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
