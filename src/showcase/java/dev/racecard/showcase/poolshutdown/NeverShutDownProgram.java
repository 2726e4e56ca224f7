package dev.racecard.showcase.poolshutdown;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * RACY. The seed's program without its {@code with}: submit every task, wait for every result,
 * and leave the pool as it is, trusting that "the executor handles cleanup automatically". Every
 * record gets written; but a fixed pool's workers are non-daemon threads that wait for the next
 * task for ever, and the JVM does not exit while one is alive: main returns, the program never ends.
 */
public final class NeverShutDownProgram implements BatchRunner {

    public static void main(String[] args) throws Exception {
        BatchProgram.run(args, new NeverShutDownProgram());
    }

    @Override
    public void runAll(List<Callable<Void>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        List<Future<Void>> results = new ArrayList<>();
        for (Callable<Void> task : tasks) {
            results.add(executor.submit(task));
        }
        for (Future<Void> result : results) {
            result.get();
        }
        // the seed's `with` block would end here, shutting the pool down; nothing here does
    }
}
