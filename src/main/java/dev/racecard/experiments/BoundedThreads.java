package dev.racecard.experiments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a few threads of a trial together and never waits longer than a bound for them: for code
 * that can deadlock or block for ever. The threads are daemons, lined up by a start latch outside
 * the code under test; while waiting, a {@link StallWatch} looks at them, and at any thread the code
 * under test starts meanwhile, for evidence that they can never move again. A thread that is still
 * there at the end is interrupted and abandoned (a thread stuck on a monitor cannot be stopped):
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
         * every watched thread blocked or waiting without a timeout, with evidence that none will
         * move again ({@link StallWatch}): a lock whose owner has ended, or nothing further on for
         * seconds
         */
        WAITING_FOREVER,
        /**
         * still there at the bound, without evidence of being stuck: slow, or stuck in a way the
         * JVM does not show; an error of the experiment, never the race
         */
        TIMED_OUT,
        /** a thread threw */
        FAILED
    }

    /**
     * @param failure  the first exception a thread threw, or null
     * @param evidence for DEADLOCKED and WAITING_FOREVER, the watched threads as the JVM showed them; else null
     * @param unfinishedCpu the CPU time the trial's threads still alive at the end had used since the
     *                      start: for a TIMED_OUT run, evidence of spinning when it is far more than
     *                      the work needs ({@link SpinWatch}: wall time on busy cores is no evidence)
     */
    public record Run(Ending ending, Throwable failure, Duration elapsed, String evidence, Duration unfinishedCpu) {

        /** Whether the run timed out with its unfinished threads having spun at least {@code cpu}. */
        public boolean spunPast(Duration cpu) {
            return ending == Ending.TIMED_OUT && unfinishedCpu.compareTo(cpu) >= 0;
        }

        /** What a trial throws for a run that TIMED_OUT: an error of the experiment, never an outcome. */
        public IllegalStateException timeoutError() {
            return new IllegalStateException("timeout: threads still there after " + elapsed.toMillis() + " ms, with "
                    + "no evidence that they were stuck (no lock cycle, no dead lock owner, something still moving): "
                    + "slow, or stuck in a way the JVM does not show; neither the race nor a pass");
        }
    }

    private static final Duration POLL = Duration.ofMillis(5);

    private BoundedThreads() {
    }

    /**
     * Set to {@code true} in a child JVM whose program is a trial run as a user's program runs:
     * the threads are not daemons and {@link #run} joins them without a bound, so a thread that
     * never ends keeps the JVM alive, for the parent (ChildJvm) to see, with the evidence the child's
     * own {@link StallWatch#reportWhenStuck} prints.
     */
    public static final String UNBOUNDED_PROPERTY = "racecard.threads.unbounded";

    /** Starts {@code bodies} together, one thread each, and waits for them at most {@code bound}. */
    public static Run run(Duration bound, Runnable... bodies) throws InterruptedException {
        boolean unbounded = Boolean.getBoolean(UNBOUNDED_PROPERTY);
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        StallWatch watch = unbounded ? null : new StallWatch(); // the threads started from here on
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
        SpinWatch cpu = new SpinWatch(threads);
        long begin = System.nanoTime();
        start.countDown();
        if (unbounded) {
            for (Thread t : threads) {
                t.join();
            }
            return new Run(failure.get() == null ? Ending.COMPLETED : Ending.FAILED, failure.get(),
                    Duration.ofNanos(System.nanoTime() - begin), null, Duration.ZERO);
        }
        long deadline = begin + bound.toNanos();
        Ending ending = null;
        StallWatch.Stuck stuck = null;
        while (ending == null) {
            Thread alive = threads.stream().filter(Thread::isAlive).findFirst().orElse(null);
            if (alive == null) {
                ending = failure.get() == null ? Ending.COMPLETED : Ending.FAILED;
            } else if ((stuck = watch.look()) != null) {
                ending = stuck.kind() == StallWatch.Kind.DEADLOCK ? Ending.DEADLOCKED : Ending.WAITING_FOREVER;
            } else if (System.nanoTime() - deadline >= 0) {
                ending = Ending.TIMED_OUT;
            } else {
                alive.join(POLL.toMillis());
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        Duration unfinishedCpu = cpu.cpuSince();
        threads.stream().filter(Thread::isAlive).forEach(Thread::interrupt);
        return new Run(ending, failure.get(), elapsed, stuck == null ? null : stuck.evidence(), unfinishedCpu);
    }
}
