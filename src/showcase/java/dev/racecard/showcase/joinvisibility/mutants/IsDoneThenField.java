package dev.racecard.showcase.joinvisibility.mutants;

import dev.racecard.showcase.joinvisibility.PooledCollector;
import dev.racecard.showcase.joinvisibility.SquareJob;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * MUTANT of FutureAnswer: a "non-blocking get": polls {@code isDone()} once, takes get() only if
 * the task is done, and otherwise reads the field the job writes directly; a job not finished at
 * that moment is read as None.
 */
public final class IsDoneThenField implements PooledCollector {

    @Override
    public Integer collect(ExecutorService pool, SquareJob job) throws InterruptedException, ExecutionException {
        Future<Integer> future = pool.submit(job);
        return future.isDone() ? future.get() : job.answer();
    }
}
