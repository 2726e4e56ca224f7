package dev.racecard.showcase.poolshutdown;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The program every variant is: {@code main(<log file>, <tasks>[, <one in N fails>])} opens the
 * log, gives the runner one task per record, closes the log when the runner returns or throws,
 * says so and ends main: by returning, or by throwing the runner's exception as any Java program
 * does (the JVM prints it and, once the other non-daemon threads have ended, exits with status 1).
 * What a child JVM leaves on disk, what it says and whether it exits tell how the runner ended
 * its pool and whether a task's failure reached main.
 * <p>
 * A task fails as a fetch fails: with an IOException instead of its record. With a third argument
 * N, task {@code i} fails when {@code i % N == 1}: the second of the seed's three URLs, and one in
 * N of a longer batch.
 * <p>
 * After main it also says which non-daemon threads are still alive a moment later, from a daemon
 * thread that never keeps the JVM alive itself: a JVM that does not exit is then seen held by the
 * pool's workers, not merely slow. Likewise a main that waits with no thread left to wake it says
 * so ({@link #MAIN_STUCK}) before it is killed.
 */
public final class BatchProgram {

    /** Printed when main is about to end, returning or throwing: the log is closed, and the JVM should now exit. */
    public static final String MAIN_ENDS = "main ends";
    /** Printed before main throws: the exception and its causes, each as {@code toString()}, joined by " <- ". */
    public static final String MAIN_THROWS = "main throws: ";
    /** Printed {@link #LINGER_CHECK_MILLIS} after main, if the JVM is still there: the live non-daemon threads. */
    public static final String STILL_ALIVE = "still alive after main: ";
    /** Printed, with main's top frames, when main waits and no thread is left that could wake it. */
    public static final String MAIN_STUCK = "main waits with no other thread alive: ";
    /** The message of a failing task's IOException, before its URL. */
    public static final String FETCH_FAILED = "fetch failed: ";
    static final long LINGER_CHECK_MILLIS = 250;
    static final long MAIN_WATCH_MILLIS = 200;

    private BatchProgram() {
    }

    public static void run(String[] args, BatchRunner runner) throws Exception {
        if (args.length < 2 || args.length > 3) {
            throw new IllegalArgumentException("usage: <log file> <tasks> [<one in N fails>]");
        }
        int count = Integer.parseInt(args[1]);
        int failEvery = args.length == 3 ? Integer.parseInt(args[2]) : 0;
        watchMain(Thread.currentThread());
        Exception failure = null;
        try (RecordLog log = new RecordLog(Path.of(args[0]))) {
            runner.runAll(tasks(log, count, failEvery));
        } catch (Exception e) {
            failure = e;
        }
        System.out.println(MAIN_ENDS);
        reportLingeringThreads();
        if (failure != null) {
            System.out.println(MAIN_THROWS + causes(failure));
            throw failure;
        }
    }

    /** Whether task {@code i} of a batch run with {@code failEvery} (0: none fails) fails. */
    public static boolean fails(int i, int failEvery) {
        return failEvery > 0 && i % failEvery == 1;
    }

    private static List<Callable<Void>> tasks(RecordLog log, int count, int failEvery) {
        List<Callable<Void>> tasks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = i;
            boolean fails = fails(i, failEvery);
            tasks.add(() -> {
                if (fails) {
                    throw new IOException(FETCH_FAILED + UrlRecords.url(n));
                }
                log.append(UrlRecords.record(n));
                return null;
            });
        }
        return tasks;
    }

    private static String causes(Throwable failure) {
        List<String> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < 10; t = t.getCause()) {
            chain.add(t.toString());
        }
        return String.join(" <- ", chain);
    }

    /**
     * Evidence for a main that never ends, taken in the JVM before it is killed: main parked
     * without a timeout (a {@code get()} or {@code join()}) twice in a row, while no other
     * non-daemon thread is alive. Only the pool's workers could complete what main waits for; with
     * all of them gone, main waits for ever. Says so once, from a daemon thread.
     */
    private static void watchMain(Thread main) {
        Thread watch = new Thread(() -> {
            int seen = 0;
            try {
                while (main.isAlive() && seen < 2) {
                    Thread.sleep(MAIN_WATCH_MILLIS);
                    seen = main.getState() == Thread.State.WAITING && aloneBesides(main) ? seen + 1 : 0;
                }
            } catch (InterruptedException e) {
                return;
            }
            if (seen == 2) {
                System.out.println(MAIN_STUCK + Arrays.stream(main.getStackTrace()).limit(6)
                        .map(StackTraceElement::toString).collect(Collectors.joining(" < ")));
            }
        }, "main-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static boolean aloneBesides(Thread main) {
        return Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t != main && !t.isDaemon() && t.isAlive());
    }

    private static void reportLingeringThreads() {
        Thread check = new Thread(() -> {
            try {
                Thread.sleep(LINGER_CHECK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            // DestroyJavaVM is the JVM's own: the thread that waits for the others, to exit
            String alive = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !t.isDaemon() && t.isAlive() && !t.getName().equals("DestroyJavaVM"))
                    .map(Thread::getName).sorted().collect(Collectors.joining(", "));
            System.out.println(STILL_ALIVE + alive);
        }, "linger-check");
        check.setDaemon(true);
        check.start();
    }
}
