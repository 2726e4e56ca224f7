package dev.racecard.patterns.poolshutdown.mutants;

import dev.racecard.patterns.poolshutdown.BatchProgram;
import dev.racecard.patterns.poolshutdown.BatchRunner;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * MUTANT of InvokeAllProgram: {@code invokeAll} with a 100 ms timeout, "so a stuck task cannot
 * hang the program", and the results left unread, since the tasks return nothing. At the deadline
 * invokeAll cancels every task not yet done, and returns as if the batch were finished.
 */
public final class TimedInvokeAllProgram implements BatchRunner {

    public static void main(String[] args) throws Exception {
        BatchProgram.run(args, new TimedInvokeAllProgram());
    }

    @Override
    public void runAll(List<Callable<Void>> tasks) throws InterruptedException {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            executor.invokeAll(tasks, 100, TimeUnit.MILLISECONDS);
        } finally {
            executor.shutdown();
        }
    }
}
