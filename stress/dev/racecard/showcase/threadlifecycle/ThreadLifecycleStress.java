package dev.racecard.showcase.threadlifecycle;

import dev.racecard.stress.StressKind;
import dev.racecard.stress.Substitution;
import dev.racecard.stress.TestKind;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;

import java.util.function.Supplier;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Seeds 000/001/004, a thread's lifecycle. The racing parties are the actors, and every sample has
 * its own worker, a real thread: two callers of one new lazy worker, each calling ensureStarted()
 * and then awaitAnswer() as users do, or a starter and a reader of one hand-off. A caller whose
 * start() threw IllegalThreadStateException stops there, as the exception would stop it, so a
 * second start() is an outcome, not a test error; the arbiter waits for the worker, so no sample's
 * thread outlives it, and names the outcome. The worker's job is trivial, but each sample still
 * starts a thread (tens of microseconds): these tests take about 3,000 samples a second, where the
 * others take millions.
 *
 * <p>Each test declares only the outcomes its code, or a mutant of it, can produce; jcstress grades
 * anything else (say, both callers refused) FORBIDDEN. The correct variants' tests build
 * their subject through {@link Substitution}, so the mutants run reruns the very same test with a
 * mutant in the variant's place.
 */
public class ThreadLifecycleStress {

    static final String ONCE = "started once";
    static final String TWICE = "start twice";
    static final String ANSWERED = "answered";
    static final String NO_ANSWER = "null";
    static final String REFUSED = "start() refused";

    @JCStressTest
    @StressKind(TestKind.THREAD_START)
    @Description("Two threads each call if (!worker.isAlive()) worker.start() on one new worker, then join it")
    @Outcome(id = ONCE, expect = ACCEPTABLE, desc = "one caller started the worker, the other saw it alive; both "
            + "got the answer")
    @Outcome(id = TWICE, expect = ACCEPTABLE_INTERESTING, desc = "both saw the worker not alive (not started yet, "
            + "or already done) and called start(): the second threw IllegalThreadStateException")
    @State
    public static class CheckAliveThenStart {
        final LazyWorker worker = new CheckAliveThenStartWorker();
        String got1;
        String got2;

        @Actor
        public void caller1() {
            got1 = startThenAwait(worker);
        }

        @Actor
        public void caller2() {
            got2 = startThenAwait(worker);
        }

        @Arbiter
        public void arbiter(L_Result r) {
            r.r1 = starts(worker, got1, got2);
        }
    }

    // Calibrated by CheckAliveThenStart, whose window is a whole start(). The few-ns windows of a
    // flag's read and write (get-then-set) and of the winner's step from compareAndSet into start()
    // (join-before-start) it hardly sees: those mutants are the trials' and Lincheck's (see the catalog).
    @JCStressTest
    @StressKind(TestKind.THREAD_START)
    @Description("Two threads each call ensureStarted() behind a compareAndSet guard on one new worker, then "
            + "awaitAnswer()")
    @Outcome(id = ONCE, expect = ACCEPTABLE, desc = "one caller won the flag and started the worker; both got the answer")
    @Outcome(id = TWICE, expect = FORBIDDEN, desc = "both got past the guard and called start(): the second "
            + "threw IllegalThreadStateException")
    @Outcome(id = NO_ANSWER, expect = FORBIDDEN, desc = "a caller came back from awaitAnswer() with null: it joined "
            + "the worker before the winner had started it, or did not wait for it to end")
    @State
    public static class CasGuard {
        static final Supplier<LazyWorker> UNDER_TEST = Substitution.of(LazyWorker.class, CasGuardWorker.class);
        final LazyWorker worker = UNDER_TEST.get();
        String got1;
        String got2;

        @Actor
        public void caller1() {
            got1 = startThenAwait(worker);
        }

        @Actor
        public void caller2() {
            got2 = startThenAwait(worker);
        }

        @Arbiter
        public void arbiter(L_Result r) {
            r.r1 = starts(worker, got1, got2);
        }
    }

    @JCStressTest
    @StressKind(TestKind.THREAD_START)
    @Description("One thread starts the worker while another calls worker.join() and reads its answer")
    @Outcome(id = ANSWERED, expect = ACCEPTABLE, desc = "the reader joined a started worker and got its answer")
    @Outcome(id = NO_ANSWER, expect = ACCEPTABLE_INTERESTING, desc = "join() before start(): a thread not started "
            + "is not alive, so join() returned at once and the answer was null")
    @State
    public static class JoinUnstarted {
        final WorkerHandoff handoff = new JoinUnstartedHandoff();
        String seen;

        @Actor
        public void starter() {
            handoff.startWorker();
        }

        @Actor
        public void reader() {
            seen = await(handoff);
        }

        @Arbiter
        public void arbiter(L_Result r) {
            r.r1 = answer(handoff, seen);
        }
    }

    @JCStressTest
    @StressKind(TestKind.THREAD_START)
    @Description("One thread starts a worker running a FutureTask made with it, while another calls get()")
    @Outcome(id = ANSWERED, expect = ACCEPTABLE, desc = "the reader waited for the task and got its answer")
    @Outcome(id = NO_ANSWER, expect = FORBIDDEN, desc = "the reader came back with null, without waiting for the "
            + "worker")
    @State
    public static class FutureHandoff {
        static final Supplier<WorkerHandoff> UNDER_TEST = Substitution.of(WorkerHandoff.class, FutureTaskHandoff.class);
        final WorkerHandoff handoff = UNDER_TEST.get();
        String seen;

        @Actor
        public void starter() {
            handoff.startWorker();
        }

        @Actor
        public void reader() {
            seen = await(handoff);
        }

        @Arbiter
        public void arbiter(L_Result r) {
            r.r1 = answer(handoff, seen);
        }
    }

    /**
     * A caller as users write it: ensureStarted(), then awaitAnswer(); what it got, or
     * {@link #REFUSED} if start() threw the JVM's refusal to start a thread twice (which stops it).
     */
    static String startThenAwait(LazyWorker worker) {
        try {
            worker.ensureStarted();
        } catch (IllegalThreadStateException e) {
            return REFUSED;
        }
        return await(worker::awaitAnswer);
    }

    /** After both callers: waits for the worker (started by now), so it never outlives the sample, and names the outcome. */
    static String starts(LazyWorker worker, String got1, String got2) {
        await(worker::awaitAnswer);
        if (REFUSED.equals(got1) && REFUSED.equals(got2)) {
            return "both refused";
        }
        if (REFUSED.equals(got1) || REFUSED.equals(got2)) {
            return TWICE;
        }
        if (got1 == null || got2 == null) {
            return NO_ANSWER;
        }
        return got1.equals(WorkerJob.ANSWER) && got2.equals(WorkerJob.ANSWER) ? ONCE : "wrong answer";
    }

    /** After the starter and the reader: waits for the worker (started by now), and names what the reader saw. */
    static String answer(WorkerHandoff handoff, String seen) {
        await(handoff::awaitAnswer);
        return seen == null ? NO_ANSWER : WorkerJob.ANSWER.equals(seen) ? ANSWERED : "wrong answer";
    }

    static String await(WorkerHandoff handoff) {
        return await(handoff::awaitAnswer);
    }

    private interface Wait {
        String answer() throws InterruptedException;
    }

    private static String await(Wait wait) {
        try {
            return wait.answer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the worker", e);
        }
    }
}
