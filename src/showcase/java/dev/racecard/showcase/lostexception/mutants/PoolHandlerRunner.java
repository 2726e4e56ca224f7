package dev.racecard.showcase.lostexception.mutants;

import dev.racecard.showcase.lostexception.TaskRunner;

import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * MUTANT of HandlerCollectingRunner, moved onto a pool: the thread factory installs the collecting
 * handler on every worker, and the tasks go in with {@code submit()}. The handler never fires:
 * submit wraps each task in a FutureTask, which catches the exception and keeps it for a
 * {@code get()} nobody calls, so the worker never sees an uncaught exception.
 */
public final class PoolHandlerRunner implements TaskRunner {

    @Override
    public List<Integer> runAll(List<Callable<Integer>> tasks) throws Exception {
        Integer[] answers = new Integer[tasks.size()];
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size(), r -> {
            Thread t = new Thread(r);
            t.setUncaughtExceptionHandler((thread, e) -> failures.add(e));
            return t;
        });
        for (int i = 0; i < tasks.size(); i++) {
            int slot = i;
            pool.submit(() -> {
                answers[slot] = tasks.get(slot).call();
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            pool.shutdownNow();
            throw new TimeoutException("the tasks were not done within a minute");
        }
        if (!failures.isEmpty()) {
            throw new Exception("a task failed", failures.peek());
        }
        return Arrays.asList(answers);
    }
}
