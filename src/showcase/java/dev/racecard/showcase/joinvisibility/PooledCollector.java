package dev.racecard.showcase.joinvisibility;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

/** How main gets a job's answer from a thread pool: the part that is racy or correct. */
public interface PooledCollector {
    Integer collect(ExecutorService pool, SquareJob job) throws InterruptedException, ExecutionException;
}
