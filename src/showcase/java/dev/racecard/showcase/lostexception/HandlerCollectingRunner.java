package dev.racecard.showcase.lostexception;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * CORRECT: the seed's SafeThread in Java: each thread gets an uncaught-exception handler before it
 * starts, the handler collects the failure, and after joining every thread the caller throws the
 * first one it collected.
 */
public final class HandlerCollectingRunner implements TaskRunner {

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
            t.setUncaughtExceptionHandler((thread, e) -> failures.add(e));
            threads.add(t);
            t.start();
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
