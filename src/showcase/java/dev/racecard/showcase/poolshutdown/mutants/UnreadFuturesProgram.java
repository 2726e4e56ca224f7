package dev.racecard.showcase.poolshutdown.mutants;

import dev.racecard.showcase.poolshutdown.BatchProgram;
import dev.racecard.showcase.poolshutdown.BatchRunner;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * MUTANT of ShutdownAwaitProgram, and what that program was until it read its results:
 * {@code submit()} every task and never {@code get()}, "the tasks return nothing". The pool ends
 * and every record is written, but a task's exception stays in the Future nobody reads: the batch
 * fails and the program says it succeeded (lost-exception's submit-without-get, in a program).
 */
public final class UnreadFuturesProgram implements BatchRunner {

    public static void main(String[] args) throws Exception {
        BatchProgram.run(args, new UnreadFuturesProgram());
    }

    @Override
    public void runAll(List<Callable<Void>> tasks) throws InterruptedException, TimeoutException {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        for (Callable<Void> task : tasks) {
            executor.submit(task);
        }
        executor.shutdown();
        if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
            executor.shutdownNow();
            throw new TimeoutException("the batch was not done within a minute");
        }
    }
}
