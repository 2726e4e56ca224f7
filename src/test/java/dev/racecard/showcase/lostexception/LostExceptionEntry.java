package dev.racecard.showcase.lostexception;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.lostexception.mutants.CheckBeforeJoinRunner;
import dev.racecard.showcase.lostexception.mutants.DefaultOnFailureRunner;
import dev.racecard.showcase.lostexception.mutants.HandlerAfterStartRunner;
import dev.racecard.showcase.lostexception.mutants.PoolHandlerRunner;
import dev.racecard.showcase.lostexception.mutants.UncheckedOnlyRunner;

import static dev.racecard.catalog.Tool.JUNIT;

/**
 * Seeds 001/002: exceptions in threads don't propagate to the main thread. JUnit trials only: the
 * loss is no interleaving (it happens in every run), and Lincheck 3.7's runConcurrentTest cannot
 * run the program honestly — it stops with its own error on the exception a plain thread or the
 * handler variant leaves uncaught, and needed 39 s for 100 invocations of the executor variant
 * (measured; submit-without-get's lost failure it did report as the program's failed check).
 */
public final class LostExceptionEntry {

    public static final Pattern PATTERN = Racecard.pattern("lost-exception", "Exceptions lost in worker threads",
                    "A worker's exception does not reach the thread that waits for it: with plain threads it is "
                            + "printed and the answer is silently missing, with submit() and no get() it is not even "
                            + "printed. Future.get(), or a handler that collects failures before the threads start, "
                            + "brings it back. The plain cases are not timing races: the failure is lost every time.")
            .seed(Seed.SEED_001.quote(364, 380, "Exceptions in Threads", """
                    Exceptions in Threads

                    Exceptions in threads don't propagate to the main thread:

                    import threading
                    import time

                    def risky_task():
                        time.sleep(0.5)
                        raise ValueError("Something went wrong!")

                    thread = threading.Thread(target=risky_task)
                    thread.start()
                    thread.join()

                    print("Main continues...")  # This still runs!
                    # Exception is printed but not raised in main thread"""))
            .seed(Seed.SEED_002.quote(203, 203, "Best Practices",
                    "  5. Handle exceptions in threads: Uncaught exceptions can silently kill threads"))
            .racy("plain-threads", PlainThreadRunner.class,
                    "a thread per task, joined: the failing thread's exception goes to the JVM's default handler, "
                            + "which prints it to stderr, not to the caller.")
                .junit(LostExceptionExperiment.class)
                .critical("answers[slot] = tasks.get(slot).call();", "t.join();")
            .racy("submit-without-get", SubmitWithoutGetRunner.class,
                    "executor.submit() with no get(): the Future keeps the exception and nobody asks.")
                .junit(LostExceptionExperiment.class)
                .critical("pool.submit(")
            .correct("future-get", FutureGetRunner.class,
                    "submit, then get() every Future: the failure comes back as an ExecutionException.")
                .junit(LostExceptionExperiment.class)
                .critical("answers.add(f.get());")
                .mutant(Mutant.of("default-on-failure", DefaultOnFailureRunner.class,
                        "catches the ExecutionException and uses 0 for that answer", JUNIT))
                .mutant(Mutant.of("unchecked-only", UncheckedOnlyRunner.class,
                        "unwraps the ExecutionException and rethrows its cause only when unchecked: a task's "
                                + "IOException is dropped", JUNIT))
            .correct("handler-collects", HandlerCollectingRunner.class,
                    "an uncaught-exception handler set before start() collects failures; after the joins the "
                            + "caller throws the first.")
                .junit(LostExceptionExperiment.class)
                .critical("t.setUncaughtExceptionHandler((thread, e) -> failures.add(e));",
                        "throw new Exception(\"a task failed\", failures.peek());")
                .mutant(Mutant.of("handler-after-start", HandlerAfterStartRunner.class,
                        "installs the handlers after starting the threads", JUNIT))
                .mutant(Mutant.of("check-before-join", CheckBeforeJoinRunner.class,
                        "looks at the collected failures before joining the threads", JUNIT))
                .mutant(Mutant.of("pool-handler", PoolHandlerRunner.class,
                        "moved onto a pool whose thread factory installs the handler, fed with submit(): the "
                                + "Future catches the exception, so the handler never fires", JUNIT))
            .build();

    private LostExceptionEntry() {
    }
}
