package dev.racecard.showcase.lostexception;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * RACY: the seed's threads. A thread per task stores its answer; a task that throws ends its thread,
 * the JVM's default uncaught-exception handler prints the stack trace to stderr, and after join()
 * the caller has a missing answer and no exception.
 */
public final class PlainThreadRunner implements TaskRunner {

    @Override
    public List<Integer> runAll(List<Callable<Integer>> tasks) throws InterruptedException {
        Integer[] answers = new Integer[tasks.size()];
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
            t.join();
        }
        return Arrays.asList(answers);
    }
}
