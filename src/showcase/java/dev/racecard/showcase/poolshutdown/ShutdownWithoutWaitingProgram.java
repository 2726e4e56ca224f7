package dev.racecard.showcase.poolshutdown;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * RACY. The seed's {@code with} block, ported as a try/finally that shuts the pool down. Python's
 * {@code shutdown()} waits for the pending tasks; Java's only stops the pool taking new ones and
 * returns at once. The program believes the batch done, closes the log, and the tasks still queued
 * or running find it closed: their records are lost, silently (each failure stays in its Future).
 * The JVM itself exits normally, once the workers have run through the queue.
 */
public final class ShutdownWithoutWaitingProgram implements BatchRunner {

    public static void main(String[] args) throws Exception {
        BatchProgram.run(args, new ShutdownWithoutWaitingProgram());
    }

    @Override
    public void runAll(List<Callable<Void>> tasks) {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            for (Callable<Void> task : tasks) {
                executor.submit(task);
            }
        } finally {
            executor.shutdown();
        }
    }
}
