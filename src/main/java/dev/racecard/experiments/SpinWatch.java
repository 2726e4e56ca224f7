package dev.racecard.experiments;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;

/**
 * Evidence that threads spin without getting anywhere: the CPU time they have used since the
 * event they wait for (a flag set, a stop requested, a phase's last slot written). A thread that
 * can see the event reacts within microseconds of its own CPU time; wall time is no evidence, as a
 * thread on busy cores may not have run at all. {@link StallWatch} is the same for threads that
 * wait instead of spinning.
 */
public final class SpinWatch {

    /** Thousands of times what a thread that sees the event needs to react to it. */
    public static final Duration CPU_EVIDENCE = Duration.ofMillis(500);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Thread> threads;
    private final long[] startCpu;

    /** Starts counting the CPU time of {@code threads} from now: call it when the event has happened. */
    public SpinWatch(List<Thread> threads) {
        this.threads = List.copyOf(threads);
        this.startCpu = this.threads.stream().mapToLong(SpinWatch::cpuNanos).toArray();
    }

    /** CPU time the threads still alive have used since the watch started. */
    public Duration cpuSince() {
        long sum = 0;
        for (int i = 0; i < threads.size(); i++) {
            long now = threads.get(i).isAlive() ? cpuNanos(threads.get(i)) : -1;
            sum += now < 0 ? 0 : Math.max(0, now - startCpu[i]);
        }
        return Duration.ofNanos(sum);
    }

    /** Whether the threads still alive have used at least {@link #CPU_EVIDENCE} since the watch started. */
    public boolean spinning() {
        return threads.stream().anyMatch(Thread::isAlive) && cpuSince().compareTo(CPU_EVIDENCE) >= 0;
    }

    /**
     * In a child JVM: once {@code after} has ended (null: from now on), a daemon thread that counts
     * {@code spinner}'s CPU time and, if it is still alive when that reaches {@link #CPU_EVIDENCE},
     * prints {@code prefix} and the evidence on one line for the parent, which kills the child
     * there; a spinner that ends first makes it print nothing.
     */
    public static void reportWhenSpinning(Thread spinner, Thread after, String prefix, PrintStream out) {
        Thread watcher = new Thread(() -> {
            try {
                if (after != null) {
                    after.join();
                }
                SpinWatch watch = new SpinWatch(List.of(spinner));
                while (spinner.isAlive()) {
                    if (watch.spinning()) {
                        StackTraceElement[] stack = spinner.getStackTrace();
                        out.println(prefix + spinner.getName() + " " + spinner.getState() + ", "
                                + watch.cpuSince().toMillis() + " ms of CPU since " + (after == null ? "the event"
                                : after.getName() + " ended") + (stack.length == 0 ? "" : ", at " + stack[0]));
                        return;
                    }
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "racecard-spin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** -1 for a thread that has ended (or not started). */
    private static long cpuNanos(Thread thread) {
        return THREADS.getThreadCpuTime(thread.getId());
    }
}
