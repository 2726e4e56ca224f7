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
 * MUTANT of ShutdownAwaitProgram: {@code shutdownNow()} in place of {@code shutdown()}, read as
 * "shut down now, then wait". It removes the queued tasks (and returns them, unread) and
 * interrupts the running ones; the wait that follows is for a pool with nothing left to do, and
 * the Future of a removed task never completes: the first {@code get()} on one waits for ever.
 */
public final class ShutdownNowProgram implements BatchRunner {

    public static void main(String[] args) throws Exception {
        BatchProgram.run(args, new ShutdownNowProgram());
    }

    @Override
    public void runAll(List<Callable<Void>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        List<Future<Void>> results = new ArrayList<>();
        for (Callable<Void> task : tasks) {
            results.add(executor.submit(task));
        }
        executor.shutdownNow();
        if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new TimeoutException("the batch was not done within a minute");
        }
        for (Future<Void> result : results) {
            result.get();
        }
    }
}
