package dev.racecard.showcase.joinvisibility;

import dev.racecard.catalog.*;
import dev.racecard.showcase.Entries;
import dev.racecard.showcase.Seed;

import java.util.List;

import static dev.racecard.showcase.Entries.jcstress;
import static dev.racecard.catalog.Tool.CHILD_JVM;
import static dev.racecard.catalog.Tool.JCSTRESS;
import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.VariantKind.CORRECT;
import static dev.racecard.catalog.VariantKind.RACY;

/**
 * Seeds 000/001: reading a worker's result, which is visible only after {@code join}. Each
 * variant lists the tools that can see its failure: only a real clock shows {@code join(timeout)}
 * giving up, and only a real JIT a flag that is never re-read. No Lincheck: its model checker
 * explores a sequentially consistent memory (no stale flags), and Lincheck 3.6's
 * runConcurrentTest reports "Concurrent test has hung" for any {@code Thread} subclass started
 * and joined in the test body (measured on JDK 17 and 25), which is exactly the seed's pattern.
 */
public final class JoinVisibilityEntry {

    private static final String PACKAGE = Entries.PATTERNS + "joinvisibility.";
    private static final String STRESS = "joinvisibility.JoinVisibilityStress.";
    private static final String SEED = "joinvisibility.JoinVisibilityExperiment#";

    public static final Pattern PATTERN = new Pattern(
            "join-visibility",
            "Reading a worker's result",
            "A worker's result is there, and visible, only after join(); reading it earlier, after a "
                    + "join(timeout) that gave up, or through a plain done flag can see nothing or hang.",
            List.of(
                    Seed.SEED_001.quote(275, 297, "Method 3: Thread Subclass with Attribute", """
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
                            print(results)  # [0, 1, 4, 9, 16]"""),
                    Seed.SEED_001.quote(138, 144, "join() — Wait for Completion", """
                            # With timeout
                            thread2 = threading.Thread(target=slow_task)
                            thread2.start()
                            thread2.join(timeout=1)  # Wait at most 1 second

                            if thread2.is_alive():
                                print("Thread still running after timeout")"""),
                    Seed.SEED_001.quote(786, 791, "Pattern 1: Join with Timeout",
                            // a plain string: a text block would strip the seed's indentation
                            "    thread.join(timeout=1.0)  # Wait max 1 second" + "\n"
                                    + "\n"
                                    + "    if thread.is_alive():" + "\n"
                                    + "        print(\"  ⏱️  Timeout! Thread still running\")" + "\n"
                                    + "        print(\"  Continuing without waiting...\")" + "\n"
                                    + "        thread.join()  # Wait for actual completion")),
            List.of(
                    new Variant("unjoined-read", RACY, PACKAGE + "UnjoinedRead",
                            "Starts the worker and reads t.result without join(): the read can come before the "
                                    + "worker's write and see None.",
                            List.of(jcstress(STRESS + "Unjoined"), junit(SEED + "unjoined-read")))
                            .markingCritical("return started.answer"),
                    new Variant("timed-join-read", RACY, PACKAGE + "TimedJoinRead",
                            "join(timeout), then uses the result without checking isAlive(): a job that outlives "
                                    + "the timeout leaves None. Only a real clock shows it, so the evidence is JUnit's.",
                            List.of(junit(SEED + "timed-join-read")))
                            .markingCritical("started.join(timeoutMillis)", "Waited.of(started.answer)"),
                    new Variant("timed-join-checked", CORRECT, PACKAGE + "TimedJoinCheckedRead",
                            "join(timeout), then uses the result only if !isAlive(), else reports the worker "
                                    + "still running: the seed's 'if thread.is_alive():'.",
                            List.of(junit(SEED + "timed-join-checked")))
                            .markingCritical("started.join(timeoutMillis)", "if (!started.isAlive())")
                            .fixing("timed-join-read")
                            .withMutants(
                                    mutant("no-is-alive", "TimedJoinWithoutIsAlive",
                                            "join(timeout), then the result without the isAlive() check", JUNIT),
                                    mutant("state-not-runnable", "TimedJoinStateCheck",
                                            "asks getState() != RUNNABLE instead of !isAlive(): a worker blocked "
                                                    + "in its job is alive but not RUNNABLE", JUNIT)),
                    new Variant("plain-done-flag", RACY, PACKAGE + "PlainDoneFlag",
                            "Spins on a plain boolean done flag: the JIT may never re-read it (main hangs), and "
                                    + "done can be seen before the answer.",
                            List.of(jcstress(STRESS + "PlainFlagStaleRead"), jcstress(STRESS + "PlainFlagSpin"),
                                    childJvm("plain-done-flag")))
                            .markingCritical("private boolean done", "while (!done)"),
                    new Variant("joined-read", CORRECT, PACKAGE + "JoinedRead",
                            "join() then read: the worker's termination happens-before join() returns.",
                            List.of(junit(SEED + "joined-read")))
                            .markingCritical("started.join()")
                            .fixing("unjoined-read")
                            .withMutants(
                                    mutant("read-before-join", "ReadBeforeJoin",
                                            "takes t.result into a local before join()", JUNIT),
                                    mutant("sleep-instead-of-join", "SleepInsteadOfJoin",
                                            "sleeps 10 ms, long enough on the author's machine, instead of join()",
                                            JUNIT)),
                    new Variant("volatile-done-flag", CORRECT, PACKAGE + "VolatileDoneFlag",
                            "Spins on a volatile done flag: re-read every iteration, and it publishes the answer.",
                            List.of(jcstress(STRESS + "VolatileFlagStaleRead"), jcstress(STRESS + "VolatileFlagSpin"),
                                    childJvm("volatile-done-flag")))
                            .markingCritical("private volatile boolean done", "while (!done)")
                            .fixing("plain-done-flag")
                            .withMutants(
                                    mutant("volatile-answer", "VolatileAnswerFlag",
                                            "volatile on the answer instead of the done flag", JCSTRESS, CHILD_JVM),
                                    // only jcstress's stale-read test sees it (25-28 of 28 configurations);
                                    // the child JVM's spin never did in 6 runs, so it is not asked to
                                    mutant("done-before-answer", "DoneBeforeAnswerFlag",
                                            "sets the done flag before the answer (swapped publication order)",
                                            JCSTRESS)),
                    new Variant("future-get", CORRECT, PACKAGE + "FutureAnswer",
                            "Submits the job to a thread pool and waits with Future.get().",
                            List.of(junit(SEED + "future-get")))
                            .markingCritical(".get()")
                            .fixing("unjoined-read")
                            .withMutants(
                                    mutant("swallowed-timeout", "SwallowedTimeoutFuture",
                                            "get(20 ms) so it cannot hang, the TimeoutException swallowed", JUNIT),
                                    mutant("is-done-then-field", "IsDoneThenField",
                                            "polls isDone() once and, if not done, reads the job's field directly",
                                            JUNIT))));

    private static Mutant mutant(String id, String className, String mistake, Tool... tools) {
        return Mutant.of(id, PACKAGE + "mutants." + className, mistake, tools);
    }

    private static ExperimentRef junit(String testId) {
        return Entries.junit(testId);
    }

    /** The child-JVM experiment's test id for a variant, as SpinWaitExperiment records it. */
    private static ExperimentRef childJvm(String variantId) {
        return Entries.childJvm(Entries.STRESS + "joinvisibility.SpinWaitExperiment#" + variantId);
    }

    private JoinVisibilityEntry() {
    }
}
