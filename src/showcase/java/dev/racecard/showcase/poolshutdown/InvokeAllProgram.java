package dev.racecard.showcase.poolshutdown;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * CORRECT. The seed's {@code executor.map} and results loop: {@code invokeAll} returns when every
 * task is done, {@code get()} on each result reports any that failed, and {@code shutdown()} in a
 * finally lets the idle workers end (and the JVM exit) however the batch went.
 */
public final class InvokeAllProgram implements BatchRunner {

    public static void main(String[] args) throws Exception {
        BatchProgram.run(args, new InvokeAllProgram());
    }

    @Override
    public void runAll(List<Callable<Void>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            for (Future<Void> result : executor.invokeAll(tasks)) {
                result.get();
            }
        } finally {
            executor.shutdown();
        }
    }
}
