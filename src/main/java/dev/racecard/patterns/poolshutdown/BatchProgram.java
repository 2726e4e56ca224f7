package dev.racecard.patterns.poolshutdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The program every variant is: {@code main(<log file>, <tasks>)} opens the log, gives the
 * runner one task per record, closes the log when the runner returns, says so and returns. What
 * a child JVM leaves on disk, and whether it exits, tells how the runner ended its pool.
 * <p>
 * After main it also says which non-daemon threads are still alive a moment later, from a daemon
 * thread that never keeps the JVM alive itself: a JVM that does not exit is then seen held by the
 * pool's workers, not merely slow.
 */
public final class BatchProgram {

    /** Printed when main is about to return: the log is closed, and the JVM should now exit. */
    public static final String MAIN_RETURNS = "main returns";
    /** Printed {@link #LINGER_CHECK_MILLIS} after main, if the JVM is still there: the live non-daemon threads. */
    public static final String STILL_ALIVE = "still alive after main: ";
    static final long LINGER_CHECK_MILLIS = 250;

    private BatchProgram() {
    }

    public static void run(String[] args, BatchRunner runner) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: <log file> <tasks>");
        }
        int count = Integer.parseInt(args[1]);
        try (RecordLog log = new RecordLog(Path.of(args[0]))) {
            runner.runAll(tasks(log, count));
        }
        System.out.println(MAIN_RETURNS);
        reportLingeringThreads();
    }

    private static List<Callable<Void>> tasks(RecordLog log, int count) {
        List<Callable<Void>> tasks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = i;
            tasks.add(() -> {
                log.append(UrlRecords.record(n));
                return null;
            });
        }
        return tasks;
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
