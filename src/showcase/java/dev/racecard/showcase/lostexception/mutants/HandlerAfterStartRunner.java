package dev.racecard.showcase.lostexception.mutants;

import dev.racecard.showcase.lostexception.TaskRunner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * MUTANT of HandlerCollectingRunner: starts the threads, then installs their handlers in a second
 * loop. A task that fails before its handler is set goes to the default handler, and is lost.
 */
public final class HandlerAfterStartRunner implements TaskRunner {

    @Override
    public List<Integer> runAll(List<Callable<Integer>> tasks) throws Exception {
        Integer[] answers = new Integer[tasks.size()];
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            int slot = i;
            Thread t = new Thread(() -> {
                try {
                    answers[slot] = tasks.get(slot).call();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.setUncaughtExceptionHandler((thread, e) -> failures.add(e));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new Exception("a task failed", failures.peek());
        }
        return Arrays.asList(answers);
    }
}
