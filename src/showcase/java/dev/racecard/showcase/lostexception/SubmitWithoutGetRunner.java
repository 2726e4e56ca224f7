package dev.racecard.showcase.lostexception;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * RACY: {@code executor.submit(task)} and never {@code get()}: the pool catches the task's exception
 * and keeps it in the Future nobody reads. Nothing is even printed.
 */
public final class SubmitWithoutGetRunner implements TaskRunner {

    @Override
    public List<Integer> runAll(List<Callable<Integer>> tasks) throws InterruptedException {
        Integer[] answers = new Integer[tasks.size()];
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            int slot = i;
            pool.submit(() -> {
                answers[slot] = tasks.get(slot).call();
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return Arrays.asList(answers);
    }
}
