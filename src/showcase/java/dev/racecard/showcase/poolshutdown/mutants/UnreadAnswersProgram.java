package dev.racecard.showcase.poolshutdown.mutants;

import dev.racecard.showcase.poolshutdown.BatchProgram;
import dev.racecard.showcase.poolshutdown.BatchRunner;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * MUTANT of InvokeAllProgram: {@code invokeAll} and the Futures it answers left unread, "the tasks return
 * nothing, and invokeAll already waited". It did, and the pool ends; but a task's exception is in
 * a Future nobody reads, and the program says the batch succeeded.
 */
public final class UnreadAnswersProgram implements BatchRunner {

    public static void main(String[] args) throws Exception {
        BatchProgram.run(args, new UnreadAnswersProgram());
    }

    @Override
    public void runAll(List<Callable<Void>> tasks) throws InterruptedException {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            executor.invokeAll(tasks);
        } finally {
            executor.shutdown();
        }
    }
}
