package dev.racecard.showcase.joinvisibility;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

/**
 * CORRECT. The seeds' ThreadPoolExecutor route: {@code Future.get()} waits for the task, and the
 * task's completion happens-before get() returns its value.
 */
public final class FutureAnswer implements PooledCollector {

    @Override
    public Integer collect(ExecutorService pool, SquareJob job) throws InterruptedException, ExecutionException {
        return pool.submit(job).get();
    }
}
