package dev.racecard.showcase.lostexception.mutants;

import dev.racecard.showcase.lostexception.TaskRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * MUTANT of FutureGetRunner: unwraps the ExecutionException to throw the task's own exception,
 * "callers should not see the wrapper", but only when it is unchecked: a task that failed with a
 * checked exception (an IOException from a fetch) leaves a missing answer and no exception.
 */
public final class UncheckedOnlyRunner implements TaskRunner {

    @Override
    public List<Integer> runAll(List<Callable<Integer>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> f : futures) {
                try {
                    answers.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException unchecked) {
                        throw unchecked;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    answers.add(null);
                }
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
