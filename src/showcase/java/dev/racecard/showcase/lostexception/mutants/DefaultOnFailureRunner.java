package dev.racecard.showcase.lostexception.mutants;

import dev.racecard.showcase.lostexception.TaskRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** MUTANT of FutureGetRunner: catches the ExecutionException of get() and uses 0 for that answer. */
public final class DefaultOnFailureRunner implements TaskRunner {

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
                    answers.add(0);
                }
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
