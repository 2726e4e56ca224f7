package dev.racecard.showcase.poolshutdown.mutants;

import dev.racecard.showcase.poolshutdown.BatchProgram;
import dev.racecard.showcase.poolshutdown.BatchRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * MUTANT of ShutdownAwaitProgram: reads the results right after {@code shutdown()}, "get() waits
 * for each task anyway", and awaits termination last. It does, until a task fails: the first
 * failed {@code get()} throws past the wait, and the program closes the log under the tasks still
 * queued. Without a failure it is as correct as its variant.
 */
public final class GetBeforeAwaitProgram implements BatchRunner {

    public static void main(String[] args) throws Exception {
        BatchProgram.run(args, new GetBeforeAwaitProgram());
    }

    @Override
    public void runAll(List<Callable<Void>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        List<Future<Void>> results = new ArrayList<>();
        for (Callable<Void> task : tasks) {
            results.add(executor.submit(task));
        }
        executor.shutdown();
        for (Future<Void> result : results) {
            result.get();
        }
        if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
            executor.shutdownNow();
            throw new TimeoutException("the batch was not done within a minute");
        }
    }
}
