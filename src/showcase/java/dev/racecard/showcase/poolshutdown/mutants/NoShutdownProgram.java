package dev.racecard.showcase.poolshutdown.mutants;

import dev.racecard.showcase.poolshutdown.BatchProgram;
import dev.racecard.showcase.poolshutdown.BatchRunner;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * MUTANT of InvokeAllProgram: no {@code shutdown()}, since "invokeAll already waited for every
 * task". It did, and every record is written; but the idle workers wait for more tasks for ever,
 * and the JVM with them.
 */
public final class NoShutdownProgram implements BatchRunner {

    public static void main(String[] args) throws Exception {
        BatchProgram.run(args, new NoShutdownProgram());
    }

    @Override
    public void runAll(List<Callable<Void>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        for (Future<Void> result : executor.invokeAll(tasks)) {
            result.get();
        }
    }
}
