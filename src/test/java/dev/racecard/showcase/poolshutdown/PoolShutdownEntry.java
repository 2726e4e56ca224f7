package dev.racecard.showcase.poolshutdown;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.poolshutdown.mutants.GetBeforeAwaitProgram;
import dev.racecard.showcase.poolshutdown.mutants.NoShutdownProgram;
import dev.racecard.showcase.poolshutdown.mutants.ShutdownNowProgram;
import dev.racecard.showcase.poolshutdown.mutants.UnreadAnswersProgram;
import dev.racecard.showcase.poolshutdown.mutants.UnreadFuturesProgram;

import static dev.racecard.catalog.Tool.CHILD_JVM;

/**
 * Seeds 002/003: "the executor handles thread creation, reuse, and cleanup automatically". How a
 * program ends its pool shows only when the process ends, so the evidence comes from child JVMs.
 */
public final class PoolShutdownEntry {

    public static final Pattern PATTERN = Racecard.pattern("pool-shutdown", "Ending a thread pool",
                    "A pool never shut down keeps the JVM alive for ever once its work is done (its workers are "
                            + "not daemons); shutdown() alone does not wait, so a program that then closes what its "
                            + "tasks write loses the records still queued; and a Future never read keeps its task's "
                            + "failure to itself. shutdown() with a checked awaitTermination and then get() on every "
                            + "result, or invokeAll, get() on every result and shutdown() in finally, writes every "
                            + "record, reports a failed task as the seed's map does, and exits. In Java the seed's "
                            + "\"cleanup automatically\" needs JDK 19's ExecutorService.close() (try-with-resources: "
                            + "shutdown, then wait); Racecard compiles for Java 17, so no variant uses it. Not timing "
                            + "races: the endings are the same every run.")
            .seed(Seed.SEED_002.quote(204, 217, "Best Practices", """
                      6. Consider higher-level APIs: concurrent.futures.ThreadPoolExecutor manages a pool of workers for you
                    from concurrent.futures import ThreadPoolExecutor

                    def fetch_url(url):
                        # Simulate work
                        return f"Result from {url}"

                    with ThreadPoolExecutor(max_workers=4) as executor:
                        results = executor.map(fetch_url, ["url1", "url2", "url3"])

                    for result in results:
                        print(result)

                    The executor handles thread creation, reuse, and cleanup automatically."""))
            .seed(Seed.SEED_003.quote(27, 29, "When to Use a Thread Pool Instead", """
                    When to Use a Thread Pool Instead
                    If you need to run many similar tasks, ThreadPoolExecutor is often cleaner than managing raw Thread objects yourself.
                    Thread pools are easier to scale, easier to collect results from, and easier to use for batches of short jobs."""))
            .racy("never-shut-down", NeverShutDownProgram.class,
                    "submit every task and get() every result, but never shut the pool down: all written, and the "
                            + "JVM never exits.")
                .childJvm(PoolShutdownExperiment.class)
                .critical("Executors.newFixedThreadPool(4);", "result.get();")
            .racy("shutdown-without-waiting", ShutdownWithoutWaitingProgram.class,
                    "shutdown() in a finally, as the seed's with block, then the log is closed: Java's shutdown() "
                            + "does not wait, and the queued tasks' records are lost.")
                .childJvm(PoolShutdownExperiment.class)
                .critical("executor.shutdown();")
            .correct("shutdown-await", ShutdownAwaitProgram.class,
                    "shutdown(), awaitTermination(1 min) with its answer checked, then get() every result.")
                .childJvm(PoolShutdownExperiment.class)
                .childJvm(FailingTaskExperiment.class)
                .critical("executor.shutdown();", "if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {",
                        "result.get();")
                .mutant(Mutant.of("unread-futures", UnreadFuturesProgram.class,
                        "submit() and never get(), as this variant was: a failed task's exception stays in its "
                                + "Future and the program exits 0", CHILD_JVM))
                .mutant(Mutant.of("get-before-await", GetBeforeAwaitProgram.class,
                        "get() every result before awaitTermination: the first failure throws past the wait and "
                                + "the log is closed under the queued tasks", CHILD_JVM))
                .mutant(Mutant.of("shutdown-now", ShutdownNowProgram.class,
                        "shutdownNow() in place of shutdown(): the queued tasks are dropped, and get() on one "
                                + "of them waits for ever (main waits for ever: killed at the 90 s start-up limit, "
                                + "twice, so only in thorough runs)", CHILD_JVM).onlyInThoroughRuns())
            .correct("invoke-all", InvokeAllProgram.class,
                    "invokeAll(tasks), get() each result, and shutdown() in finally.")
                .childJvm(PoolShutdownExperiment.class)
                .childJvm(FailingTaskExperiment.class)
                .critical("executor.invokeAll(tasks)", "result.get();", "executor.shutdown();")
                .mutant(Mutant.of("no-shutdown", NoShutdownProgram.class,
                        "no shutdown() since invokeAll already waited: the idle workers keep the JVM alive",
                        CHILD_JVM))
                .mutant(Mutant.of("unread-answers", UnreadAnswersProgram.class,
                        "invokeAll(tasks) with the results unread: a failed task's exception is never thrown",
                        CHILD_JVM))
            .build();

    private PoolShutdownEntry() {
    }
}
