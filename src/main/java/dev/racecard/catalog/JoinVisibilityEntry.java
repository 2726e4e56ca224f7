package dev.racecard.catalog;

import java.util.List;
import java.util.Set;

import static dev.racecard.catalog.Entries.jcstress;
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
final class JoinVisibilityEntry {

    private static final String PACKAGE = Entries.PATTERNS + "joinvisibility.";
    private static final String STRESS = "joinvisibility.JoinVisibilityStress.";

    static final Pattern PATTERN = new Pattern(
            "join-visibility",
            "Reading a worker's result",
            "A worker's result is there, and visible, only after join(); reading it earlier, after a "
                    + "join(timeout) that gave up, or through a plain done flag can see nothing or hang.",
            List.of(
                    new SeedRef("001_dbc67627af8bdde4.txt", 275, 297, "Method 3: Thread Subclass with Attribute", """
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
                    new SeedRef("001_dbc67627af8bdde4.txt", 138, 144, "join() — Wait for Completion", """
                            # With timeout
                            thread2 = threading.Thread(target=slow_task)
                            thread2.start()
                            thread2.join(timeout=1)  # Wait at most 1 second

                            if thread2.is_alive():
                                print("Thread still running after timeout")""")),
            List.of(
                    new Variant("unjoined-read", RACY, PACKAGE + "UnjoinedRead",
                            "Starts the worker and reads t.result without join(): the worker may not have run yet.",
                            List.of(jcstress(STRESS + "Unjoined"), Entries.junit("joinvisibility.JoinVisibilitySeedExperiment#unjoined-read")))
                            .markingCritical("return started.answer"),
                    new Variant("timed-join-read", RACY, PACKAGE + "TimedJoinRead",
                            "join(timeout), then uses the result without checking isAlive(): the timeout can "
                                    + "expire first. Only a real clock shows it, so the evidence is JUnit's.",
                            List.of(Entries.junit("joinvisibility.JoinVisibilitySeedExperiment#timed-join-read")))
                            .markingCritical("started.join(timeoutMillis)", "return started.answer"),
                    new Variant("plain-done-flag", RACY, PACKAGE + "PlainDoneFlag",
                            "Spins on a plain boolean done flag: the JIT may never re-read it (main hangs), and "
                                    + "done can be seen before the answer.",
                            List.of(jcstress(STRESS + "PlainFlagStaleRead"), jcstress(STRESS + "PlainFlagSpin"),
                                    Entries.childJvm(PACKAGE + "SpinWaitProgram plain")))
                            .markingCritical("private boolean done", "while (!done)"),
                    new Variant("joined-read", CORRECT, PACKAGE + "JoinedRead",
                            "join() then read: the worker's termination happens-before join() returns.",
                            List.of(jcstress(STRESS + "Joined"), Entries.junit("joinvisibility.JoinVisibilitySeedExperiment#joined-read")))
                            .markingCritical("started.join()"),
                    new Variant("volatile-done-flag", CORRECT, PACKAGE + "VolatileDoneFlag",
                            "Spins on a volatile done flag: re-read every iteration, and it publishes the answer.",
                            List.of(jcstress(STRESS + "VolatileFlagStaleRead"), jcstress(STRESS + "VolatileFlagSpin"),
                                    Entries.childJvm(PACKAGE + "SpinWaitProgram volatile")))
                            .markingCritical("private volatile boolean done", "while (!done)"),
                    new Variant("future-get", CORRECT, PACKAGE + "FutureAnswer",
                            "Submits the job to a thread pool and waits with Future.get().",
                            List.of(jcstress(STRESS + "Future"), Entries.junit("joinvisibility.JoinVisibilitySeedExperiment#future-get")))
                            .markingCritical(".get()")));

    private JoinVisibilityEntry() {
    }
}
