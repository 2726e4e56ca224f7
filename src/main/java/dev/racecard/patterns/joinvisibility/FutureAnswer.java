package dev.racecard.patterns.joinvisibility;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

/**
 * CORRECT. The seeds' ThreadPoolExecutor route: {@code Future.get()} waits for the task, and the
 * task's completion happens-before get() returns its value.
 */
public final class FutureAnswer {

    private FutureAnswer() {
    }

    public static Integer square(ExecutorService pool, int value) throws InterruptedException, ExecutionException {
        return pool.submit(() -> value * value).get();
    }
}
