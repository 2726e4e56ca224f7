package dev.racecard.showcase.poolshutdown;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * CORRECT. {@code shutdown()}, then {@code awaitTermination} with its answer checked: the pool
 * runs every queued task, its workers end, and only then are the results read, so {@code get()}
 * waits for nothing and throws the first task's failure (as iterating the seed's
 * {@code executor.map} raises it after its {@code with} block has waited). Every other record is
 * written before the program closes the log; a batch that outlives the timeout is an error the
 * program reports, never a log closed under its tasks. (JDK 19+'s {@code ExecutorService.close()}
 * does the shutdown-then-wait, and makes the seed's {@code with} a try-with-resources; Racecard
 * compiles for Java 17.)
 */
public final class ShutdownAwaitProgram implements BatchRunner {

    public static void main(String[] args) throws Exception {
        BatchProgram.run(args, new ShutdownAwaitProgram());
    }

    @Override
    public void runAll(List<Callable<Void>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        List<Future<Void>> results = new ArrayList<>();
        for (Callable<Void> task : tasks) {
            results.add(executor.submit(task));
        }
        executor.shutdown();
        if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
            executor.shutdownNow();
            throw new TimeoutException("the batch was not done within a minute");
        }
        for (Future<Void> result : results) {
            result.get();
        }
    }
}
