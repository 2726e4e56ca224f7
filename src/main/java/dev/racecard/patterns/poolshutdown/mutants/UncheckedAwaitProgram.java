package dev.racecard.patterns.poolshutdown.mutants;

import dev.racecard.patterns.poolshutdown.BatchProgram;
import dev.racecard.patterns.poolshutdown.BatchRunner;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * MUTANT of ShutdownAwaitProgram: awaits termination for 100 ms, "the tasks are short", and
 * ignores the answer. A batch that takes longer is still running when the program closes the log.
 */
public final class UncheckedAwaitProgram implements BatchRunner {

    public static void main(String[] args) throws Exception {
        BatchProgram.run(args, new UncheckedAwaitProgram());
    }

    @Override
    public void runAll(List<Callable<Void>> tasks) throws InterruptedException {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        for (Callable<Void> task : tasks) {
            executor.submit(task);
        }
        executor.shutdown();
        executor.awaitTermination(100, TimeUnit.MILLISECONDS);
    }
}
