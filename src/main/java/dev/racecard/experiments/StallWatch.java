package dev.racecard.experiments;

import java.io.PrintStream;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evidence, read from the JVM's own thread data while the threads are still there, that threads
 * can never move again: what lets a bounded run, or a child JVM about to be killed, call them
 * stuck rather than slow. Without it a run that outlives its bound is only slow (a timeout).
 *
 * <p>It watches every thread started after it was created (a trial's threads, and the workers the
 * code under test starts; JVM threads live in the system thread group and are not seen),
 * and every live thread one of those waits for (a lock's owner, a joined thread). They are stuck
 * when, with all of them blocked or waiting without a timeout and none of them any further on
 * (blocked and waited counts, CPU time, the lock each waits on):
 * <ul>
 * <li>some wait on each other in a cycle ({@link ThreadMXBean#findDeadlockedThreads}), or</li>
 * <li>for {@link #SETTLE}, one waits on a lock whose owner has ended: only the owner may release
 *     a {@code ReentrantLock}, so nobody ever will, or</li>
 * <li>for {@link #NO_PROGRESS}: a woken thread keeps showing WAITING, with nothing counted, until
 *     the scheduler runs it, which takes milliseconds even at a load of 7 on 2 cores, never seconds.</li>
 * </ul>
 */
public final class StallWatch {

    /** How a watch ended: threads that will never move, and the thread data that shows it. */
    public enum Kind { DEADLOCK, WAITING_FOREVER }

    /** @param evidence the watched threads as the JVM showed them, for a message or a child's output line */
    public record Stuck(Kind kind, String evidence) {
    }

    /** Threads handing a lock to each other all wait most of the time, but each hand-off counts. */
    static final Duration SETTLE = Duration.ofMillis(300);
    /** With no cycle and no dead owner to show, how long nothing may move. */
    static final Duration NO_PROGRESS = Duration.ofSeconds(2);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ThreadGroup USER_THREADS = userThreads();

    private final Set<Long> before;
    private Map<Long, List<Object>> lastProgress = Map.of();
    private long stillSince;

    /** Watches every thread started from now on. */
    public StallWatch() {
        this.before = liveUserThreads().stream().map(Thread::getId).collect(Collectors.toSet());
        this.stillSince = System.nanoTime();
    }

    /**
     * In a child JVM about to run a trial: a daemon thread that watches every thread started from
     * now on and, once they are stuck, prints {@code prefix} and the evidence on one line, for the
     * parent (which kills the child on that line; without it, a child killed at its timeout was
     * only slow).
     */
    public static void reportWhenStuck(String prefix, PrintStream out) {
        StallWatch watch = new StallWatch();
        Thread watcher = new Thread(() -> {
            try {
                Stuck stuck;
                while ((stuck = watch.look()) == null) {
                    Thread.sleep(20);
                }
                out.println(prefix + stuck.kind() + ": " + stuck.evidence());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "racecard-stall-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** One look at the watched threads: the evidence that they are stuck, or null while none shows. */
    public Stuck look() {
        long now = System.nanoTime();
        List<ThreadInfo> infos = watched();
        if (infos.isEmpty()) {
            stillSince = now;
            return null;
        }
        Set<Long> ids = infos.stream().map(ThreadInfo::getThreadId).collect(Collectors.toSet());
        long[] cycle = THREADS.findDeadlockedThreads();
        if (cycle != null && Arrays.stream(cycle).anyMatch(ids::contains)) {
            return new Stuck(Kind.DEADLOCK, "a cycle of threads each waiting for a lock the next holds: "
                    + describe(Arrays.stream(THREADS.getThreadInfo(cycle)).filter(Objects::nonNull).toList()));
        }
        boolean allWaiting = infos.stream().allMatch(i -> i.getThreadState() == Thread.State.BLOCKED
                || i.getThreadState() == Thread.State.WAITING);
        Map<Long, List<Object>> progress = new HashMap<>();
        for (ThreadInfo info : infos) {
            progress.put(info.getThreadId(), List.of(info.getBlockedCount(), info.getWaitedCount(),
                    THREADS.getThreadCpuTime(info.getThreadId()), String.valueOf(info.getLockName())));
        }
        if (!allWaiting || !progress.equals(lastProgress)) {
            stillSince = now;
        }
        lastProgress = allWaiting ? progress : Map.of();
        long still = now - stillSince;
        if (still >= SETTLE.toNanos()) {
            for (ThreadInfo info : infos) {
                String deadOwner = deadOwner(info);
                if (deadOwner != null) {
                    return new Stuck(Kind.WAITING_FOREVER, info.getThreadName() + " (id " + info.getThreadId() + ") waits for "
                            + info.getLockName()
                            + ", held by " + deadOwner + ", which has ended: " + describe(infos));
                }
            }
        }
        if (still >= NO_PROGRESS.toNanos()) {
            return new Stuck(Kind.WAITING_FOREVER, "every watched thread blocked or waiting without a timeout, none "
                    + "of them further on for " + Duration.ofNanos(still).toMillis() + " ms: " + describe(infos));
        }
        return null;
    }

    /**
     * The owner of the lock {@code info} waits for, when that owner has ended; read owner, then its
     * end, then the lock again: an owner that ended still owning it can never release it.
     */
    private static String deadOwner(ThreadInfo info) {
        long owner = info.getLockOwnerId();
        if (owner < 0 || THREADS.getThreadInfo(owner) != null) {
            return null;
        }
        ThreadInfo again = THREADS.getThreadInfo(info.getThreadId());
        boolean same = again != null && again.getLockOwnerId() == owner
                && Objects.equals(again.getLockName(), info.getLockName());
        return same ? "thread " + info.getLockOwnerName() + " (id " + owner + ")" : null;
    }

    /** The threads started since the watch began, and every live thread one of them waits for. */
    private List<ThreadInfo> watched() {
        List<Thread> live = liveUserThreads();
        Map<Long, Thread> byId = new HashMap<>();
        Map<Integer, Thread> byIdentity = new HashMap<>();
        live.forEach(t -> {
            byId.put(t.getId(), t);
            byIdentity.put(System.identityHashCode(t), t);
        });
        long self = Thread.currentThread().getId();
        Map<Long, ThreadInfo> watched = new LinkedHashMap<>();
        List<Long> next = new ArrayList<>();
        live.stream().filter(t -> !before.contains(t.getId())).forEach(t -> next.add(t.getId()));
        while (!next.isEmpty()) {
            long id = next.remove(next.size() - 1);
            if (id == self || watched.containsKey(id)) {
                continue;
            }
            ThreadInfo info = THREADS.getThreadInfo(id);
            if (info == null || info.getThreadState() == Thread.State.TERMINATED) {
                continue; // ended meanwhile
            }
            watched.put(id, info);
            if (info.getLockOwnerId() >= 0 && byId.containsKey(info.getLockOwnerId())) {
                next.add(info.getLockOwnerId());
            }
            Thread joined = joinedThread(info.getLockInfo(), byIdentity);
            if (joined != null) {
                next.add(joined.getId());
            }
        }
        return new ArrayList<>(watched.values());
    }

    /** The thread a {@code join()} waits for: join waits on the Thread object itself. */
    private static Thread joinedThread(LockInfo lock, Map<Integer, Thread> byIdentity) {
        if (lock == null) {
            return null;
        }
        Thread candidate = byIdentity.get(lock.getIdentityHashCode());
        return candidate != null && candidate.getClass().getName().equals(lock.getClassName()) ? candidate : null;
    }

    private static String describe(List<ThreadInfo> infos) {
        return infos.stream().map(i -> i.getThreadName() + " " + i.getThreadState()
                + (i.getLockName() == null ? "" : " on " + i.getLockName())
                + (i.getLockOwnerName() == null ? "" : " held by " + i.getLockOwnerName())
                + " (blocked " + i.getBlockedCount() + ", waited " + i.getWaitedCount() + ", cpu "
                + THREADS.getThreadCpuTime(i.getThreadId()) / 1_000_000 + " ms)")
                .collect(Collectors.joining("; "));
    }

    /** The live threads outside the JVM's system thread group: the program's, the code under test's. */
    private static List<Thread> liveUserThreads() {
        Thread[] threads = new Thread[USER_THREADS.activeCount() + 16];
        int n = USER_THREADS.enumerate(threads, true);
        while (n == threads.length) {
            threads = new Thread[threads.length * 2];
            n = USER_THREADS.enumerate(threads, true);
        }
        return Arrays.stream(threads, 0, n).filter(Thread::isAlive).toList();
    }

    /** The "main" thread group: every thread the program starts, and none of the JVM's own (its parent, "system"). */
    private static ThreadGroup userThreads() {
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        while (group.getParent() != null && group.getParent().getParent() != null) {
            group = group.getParent();
        }
        return group;
    }
}
