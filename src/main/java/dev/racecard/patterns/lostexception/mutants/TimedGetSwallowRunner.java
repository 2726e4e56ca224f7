package dev.racecard.patterns.lostexception.mutants;

import dev.racecard.patterns.lostexception.TaskRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * MUTANT of FutureGetRunner: get() with a timeout "so it never hangs", and one multi-catch for
 * the timeout and the task's failure that skips the answer either way.
 */
public final class TimedGetSwallowRunner implements TaskRunner {

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
                    answers.add(f.get(10, TimeUnit.SECONDS));
                } catch (TimeoutException | ExecutionException e) {
                    answers.add(null);
                }
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
