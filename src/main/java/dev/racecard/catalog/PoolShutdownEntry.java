package dev.racecard.catalog;

import dev.racecard.api.Racecard;

import static dev.racecard.catalog.Tool.CHILD_JVM;

/**
 * Seeds 002/003: "the executor handles thread creation, reuse, and cleanup automatically". How a
 * program ends its pool shows only when the process ends, so the evidence comes from child JVMs.
 */
final class PoolShutdownEntry {

    private static final String PACKAGE = Entries.PATTERNS + "poolshutdown.";
    private static final String EXPERIMENT = Entries.STRESS + "poolshutdown.PoolShutdownExperiment";
    private static final String FAILING_TASKS = Entries.STRESS + "poolshutdown.FailingTaskExperiment";

    static final Pattern PATTERN = Racecard.pattern("pool-shutdown", "Ending a thread pool",
                    "A pool never shut down keeps the JVM alive for ever once its work is done (its workers are "
                            + "not daemons); shutdown() alone does not wait, so a program that then closes what its "
                            + "tasks write loses the records still queued. shutdown() with a checked "
                            + "awaitTermination, or invokeAll then shutdown() in finally, writes every record and "
                            + "exits. In Java the seed's \"cleanup automatically\" needs JDK 19's "
                            + "ExecutorService.close() (try-with-resources: shutdown, then wait); Racecard compiles "
                            + "for Java 17, so no variant uses it. Not timing races: the endings are the same every run.")
            .seed(new SeedRef(Seed.SEED_002, 204, 217, "Best Practices", """
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
            .seed(new SeedRef(Seed.SEED_003, 27, 29, "When to Use a Thread Pool Instead", """
                    When to Use a Thread Pool Instead
                    If you need to run many similar tasks, ThreadPoolExecutor is often cleaner than managing raw Thread objects yourself.
                    Thread pools are easier to scale, easier to collect results from, and easier to use for batches of short jobs."""))
            .racy("never-shut-down", PACKAGE + "NeverShutDownProgram",
                    "submit every task and get() every result, but never shut the pool down: all written, and the "
                            + "JVM never exits.")
                .childJvm(EXPERIMENT)
                .critical("Executors.newFixedThreadPool(4);", "result.get();")
            .racy("shutdown-without-waiting", PACKAGE + "ShutdownWithoutWaitingProgram",
                    "shutdown() in a finally, as the seed's with block, then the log is closed: Java's shutdown() "
                            + "does not wait, and the queued tasks' records are lost.")
                .childJvm(EXPERIMENT)
                .critical("executor.shutdown();")
            .correct("shutdown-await", PACKAGE + "ShutdownAwaitProgram",
                    "shutdown(), then awaitTermination(1 min) with its answer checked.")
                .childJvm(EXPERIMENT)
                .childJvm(FAILING_TASKS)
                .critical("executor.shutdown();", "if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {")
                .mutant(Mutant.of("shutdown-now", PACKAGE + "mutants.ShutdownNowProgram",
                        "shutdownNow() in place of shutdown(): the queued tasks are dropped, then the wait is for "
                                + "nothing", CHILD_JVM))
                .mutant(Mutant.of("unchecked-await", PACKAGE + "mutants.UncheckedAwaitProgram",
                        "awaitTermination(100 ms) with its answer ignored: a longer batch is still running when "
                                + "the log is closed", CHILD_JVM))
            .correct("invoke-all", PACKAGE + "InvokeAllProgram",
                    "invokeAll(tasks), get() each result, and shutdown() in finally.")
                .childJvm(EXPERIMENT)
                .childJvm(FAILING_TASKS)
                .critical("executor.invokeAll(tasks)", "executor.shutdown();")
                .mutant(Mutant.of("no-shutdown", PACKAGE + "mutants.NoShutdownProgram",
                        "no shutdown() since invokeAll already waited: the idle workers keep the JVM alive",
                        CHILD_JVM))
                .mutant(Mutant.of("timed-invoke-all", PACKAGE + "mutants.TimedInvokeAllProgram",
                        "invokeAll(tasks, 100 ms) with the results unread: the tasks not done by then are "
                                + "cancelled", CHILD_JVM))
            .build();

    private PoolShutdownEntry() {
    }
}
