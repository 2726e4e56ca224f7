package dev.racecard.showcase.lostexception.mutants;

import dev.racecard.showcase.lostexception.TaskRunner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * MUTANT of HandlerCollectingRunner: looks at the collected failures before joining the threads,
 * so a task that fails after that look is never reported.
 */
public final class CheckBeforeJoinRunner implements TaskRunner {

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
        if (!failures.isEmpty()) {
            throw new Exception("a task failed", failures.peek());
        }
        for (Thread t : threads) {
            t.join();
        }
        return Arrays.asList(answers);
    }
}
