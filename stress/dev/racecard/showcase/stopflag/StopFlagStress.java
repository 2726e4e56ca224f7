package dev.racecard.showcase.stopflag;

import dev.racecard.stress.Substitution;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

import java.util.function.Supplier;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Seeds 003/004, stopping a worker: in jcstress's termination mode the actor is the worker thread
 * running its loop of units of work, and the signal is main requesting the stop. TERMINATED: the
 * loop saw the request and returned; STALE: it never did (the worker never stops).
 *
 * <p>Unlike join-visibility's spin on a done flag, the loop here does work, into fields the worker
 * owns, and the flag is the one it is told to stop by. The signal waits until the actor has said
 * which thread it runs on (harness code, not the subject's): the interrupt-based worker is stopped
 * through its thread, as main stops the thread it started.
 *
 * <p>The correct variants' tests build their worker through {@link Substitution}, so the mutants
 * run can rerun the very same test with a mutant in the variant's place.
 */
public class StopFlagStress {

    /** The worker and the thread it runs on, once the actor has started it. */
    static final class Running {
        final StoppableWorker worker;
        volatile Thread thread;

        Running(StoppableWorker worker) {
            this.worker = worker;
        }

        void work() {
            thread = Thread.currentThread();
            worker.run();
        }

        void stop() {
            Thread t;
            while ((t = thread) == null) {
                Thread.onSpinWait(); // the actor is about to start the worker
            }
            worker.requestStop(t);
        }
    }

    @JCStressTest(Mode.Termination)
    @Description("the worker loops over units of work until a plain boolean stop flag is set")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the worker saw the stop flag and returned")
    @Outcome(id = "STALE", expect = ACCEPTABLE_INTERESTING,
            desc = "the worker never saw the stop flag: compiled code read it once, before the loop")
    @State
    public static class PlainFlagSpin {
        final Running running = new Running(new PlainFlagWorker());

        @Actor
        public void worker() {
            running.work();
        }

        @Signal
        public void main() {
            running.stop();
        }
    }

    @JCStressTest(Mode.Termination)
    @Description("the worker loops over units of work until a volatile stop flag is set")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the worker saw the stop flag and returned")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "the worker never saw the stop request")
    @State
    public static class VolatileFlagSpin {
        static final Supplier<StoppableWorker> UNDER_TEST =
                Substitution.of(StoppableWorker.class, VolatileFlagWorker.class);
        final Running running = new Running(UNDER_TEST.get());

        @Actor
        public void worker() {
            running.work();
        }

        @Signal
        public void main() {
            running.stop();
        }
    }

    @JCStressTest(Mode.Termination)
    @Description("the worker loops over units of work until its thread is interrupted")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the worker saw the interrupt and returned")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "the worker never saw the stop request")
    @State
    public static class InterruptSpin {
        static final Supplier<StoppableWorker> UNDER_TEST =
                Substitution.of(StoppableWorker.class, InterruptedWorker.class);
        final Running running = new Running(UNDER_TEST.get());

        @Actor
        public void worker() {
            running.work();
        }

        @Signal
        public void main() {
            running.stop();
        }
    }
}
