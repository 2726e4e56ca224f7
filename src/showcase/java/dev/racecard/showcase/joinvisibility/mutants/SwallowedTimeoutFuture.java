package dev.racecard.showcase.joinvisibility.mutants;

import dev.racecard.showcase.joinvisibility.PooledCollector;
import dev.racecard.showcase.joinvisibility.SquareJob;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * MUTANT of FutureAnswer: {@code get(20 ms)} "so it can never hang", with the TimeoutException
 * caught and swallowed: a job slower than the timeout leaves main carrying on with None.
 */
public final class SwallowedTimeoutFuture implements PooledCollector {
    static final long TIMEOUT_MILLIS = 20;

    @Override
    public Integer collect(ExecutorService pool, SquareJob job) throws InterruptedException, ExecutionException {
        Integer answer = null;
        try {
            answer = pool.submit(job).get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // "it will be there next time"
        }
        return answer;
    }
}
