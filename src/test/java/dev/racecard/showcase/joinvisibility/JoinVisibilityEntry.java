package dev.racecard.showcase.joinvisibility;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.joinvisibility.mutants.DoneBeforeAnswerFlag;
import dev.racecard.showcase.joinvisibility.mutants.IsDoneThenField;
import dev.racecard.showcase.joinvisibility.mutants.ReadBeforeJoin;
import dev.racecard.showcase.joinvisibility.mutants.SleepInsteadOfJoin;
import dev.racecard.showcase.joinvisibility.mutants.SwallowedTimeoutFuture;
import dev.racecard.showcase.joinvisibility.mutants.TimedJoinStateCheck;
import dev.racecard.showcase.joinvisibility.mutants.TimedJoinWithoutIsAlive;
import dev.racecard.showcase.joinvisibility.mutants.VolatileAnswerFlag;

import static dev.racecard.catalog.Tool.CHILD_JVM;
import static dev.racecard.catalog.Tool.JCSTRESS;
import static dev.racecard.catalog.Tool.JUNIT;

/**
 * Seeds 000/001: reading a worker's result, which is visible only after {@code join}. Each
 * variant lists the tools that can see its failure: only a real clock shows {@code join(timeout)}
 * giving up, and only a real JIT a flag that is never re-read. No Lincheck: its model checker
 * explores a sequentially consistent memory (no stale flags), and Lincheck 3.6's
 * runConcurrentTest reports "Concurrent test has hung" for any {@code Thread} subclass started
 * and joined in the test body (measured on JDK 17 and 25), which is exactly the seed's pattern.
 */
public final class JoinVisibilityEntry {

    public static final Pattern PATTERN = Racecard.pattern("join-visibility", "Reading a worker's result",
                    "A worker's result is there, and visible, only after join(); reading it earlier, after a "
                            + "join(timeout) that gave up, or through a plain done flag can see nothing or hang.")
            .seed(Seed.SEED_001.quote(275, 297, "Method 3: Thread Subclass with Attribute", """
                    Method 3: Thread Subclass with Attribute

                    import threading

                    class ComputeThread(threading.Thread):
                        def __init__(self, value):
                            super().__init__()
                            self.value = value
                            self.result = None

                        def run(self):
                            self.result = self.value ** 2

                    threads = [ComputeThread(i) for i in range(5)]

                    for t in threads:
                        t.start()

                    for t in threads:
                        t.join()

                    results = [t.result for t in threads]
                    print(results)  # [0, 1, 4, 9, 16]"""))
            .seed(Seed.SEED_001.quote(138, 144, "join() — Wait for Completion", """
                    # With timeout
                    thread2 = threading.Thread(target=slow_task)
                    thread2.start()
                    thread2.join(timeout=1)  # Wait at most 1 second

                    if thread2.is_alive():
                        print("Thread still running after timeout")"""))
            .seed(Seed.SEED_001.quote(786, 791, "Pattern 1: Join with Timeout",
                    // a plain string: a text block would strip the seed's indentation
                    "    thread.join(timeout=1.0)  # Wait max 1 second" + "\n"
                            + "\n"
                            + "    if thread.is_alive():" + "\n"
                            + "        print(\"  ⏱️  Timeout! Thread still running\")" + "\n"
                            + "        print(\"  Continuing without waiting...\")" + "\n"
                            + "        thread.join()  # Wait for actual completion"))
            .racy("unjoined-read", UnjoinedRead.class,
                    "Starts the worker and reads t.result without join(): the read can come before the "
                            + "worker's write and see None.")
                .jcstress(JoinVisibilityStress.Unjoined.class).junit(JoinVisibilityExperiment.class)
                .critical("return started.answer")
            .racy("timed-join-read", TimedJoinRead.class,
                    "join(timeout), then uses the result without checking isAlive(): a job that outlives "
                            + "the timeout leaves None. Only a real clock shows it, so the evidence is JUnit's.")
                .junit(JoinVisibilityExperiment.class)
                .critical("started.join(timeoutMillis)", "Waited.of(started.answer)")
            .correct("timed-join-checked", TimedJoinCheckedRead.class,
                    "join(timeout), then uses the result only if !isAlive(), else reports the worker "
                            + "still running: the seed's 'if thread.is_alive():'.")
                .junit(JoinVisibilityExperiment.class)
                .critical("started.join(timeoutMillis)", "if (!started.isAlive())")
                .fixing("timed-join-read")
                .mutant(Mutant.of("no-is-alive", TimedJoinWithoutIsAlive.class,
                        "join(timeout), then the result without the isAlive() check", JUNIT))
                .mutant(Mutant.of("state-not-runnable", TimedJoinStateCheck.class,
                        "asks getState() != RUNNABLE instead of !isAlive(): a worker blocked in its job is alive "
                                + "but not RUNNABLE", JUNIT))
            .racy("plain-done-flag", PlainDoneFlag.class,
                    "Spins on a plain boolean done flag: the JIT may never re-read it (main hangs), and "
                            + "done can be seen before the answer.")
                .jcstress(JoinVisibilityStress.PlainFlagStaleRead.class)
                .jcstress(JoinVisibilityStress.PlainFlagSpin.class)
                .childJvm(SpinWaitExperiment.class)
                .critical("private boolean done", "while (!done)")
            .correct("joined-read", JoinedRead.class,
                    "join() then read: the worker's termination happens-before join() returns.")
                .junit(JoinVisibilityExperiment.class)
                .critical("started.join()")
                .fixing("unjoined-read")
                .mutant(Mutant.of("read-before-join", ReadBeforeJoin.class,
                        "takes t.result into a local before join()", JUNIT))
                .mutant(Mutant.of("sleep-instead-of-join", SleepInsteadOfJoin.class,
                        "sleeps 10 ms, long enough on the author's machine, instead of join()", JUNIT))
            .correct("volatile-done-flag", VolatileDoneFlag.class,
                    "Spins on a volatile done flag: re-read every iteration, and it publishes the answer.")
                .jcstress(JoinVisibilityStress.VolatileFlagStaleRead.class)
                .jcstress(JoinVisibilityStress.VolatileFlagSpin.class)
                .childJvm(SpinWaitExperiment.class)
                .critical("private volatile boolean done", "while (!done)")
                .fixing("plain-done-flag")
                .mutant(Mutant.of("volatile-answer", VolatileAnswerFlag.class,
                        "volatile on the answer instead of the done flag", JCSTRESS, CHILD_JVM))
                // only jcstress's stale-read test sees it (25-28 of 28 configurations); the child
                // JVM's spin never did in 6 runs, so it is not asked to
                .mutant(Mutant.of("done-before-answer", DoneBeforeAnswerFlag.class,
                        "sets the done flag before the answer (swapped publication order)", JCSTRESS))
            .correct("future-get", FutureAnswer.class,
                    "Submits the job to a thread pool and waits with Future.get().")
                .junit(JoinVisibilityExperiment.class)
                .critical(".get()")
                .fixing("unjoined-read")
                .mutant(Mutant.of("swallowed-timeout", SwallowedTimeoutFuture.class,
                        "get(20 ms) so it cannot hang, the TimeoutException swallowed", JUNIT))
                .mutant(Mutant.of("is-done-then-field", IsDoneThenField.class,
                        "polls isDone() once and, if not done, reads the job's field directly", JUNIT))
            .build();

    private JoinVisibilityEntry() {
    }
}
