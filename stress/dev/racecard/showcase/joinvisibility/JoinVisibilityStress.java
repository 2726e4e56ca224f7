package dev.racecard.showcase.joinvisibility;

import dev.racecard.stress.StressKind;
import dev.racecard.stress.Substitution;
import dev.racecard.stress.TestKind;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.openjdk.jcstress.infra.results.I_Result;

import java.util.function.Supplier;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Seeds 000/001, reading a worker's result. In every test the racing parties are the actors: one
 * is the worker writing its answer (3 squared), the other main reading it; -1 stands for None,
 * "not set yet".
 * <ul>
 *   <li>the worker's body and an unjoined read of its answer;</li>
 *   <li>a done flag written by the worker after the answer and read by main, plain or volatile:
 *   once as a stale-read test (done seen, answer not), once as a spin loop that may never see the
 *   flag (jcstress's termination mode: STALE means the loop never stopped).</li>
 * </ul>
 * join() and Future.get() have no test here: with the worker as an actor there is nothing to join,
 * and with a thread started inside one actor jcstress's scheduling races nothing. Their evidence,
 * and their mutants', comes from the seed programs run as written (JoinVisibilityExperiment).
 *
 * <p>The correct variant's tests build their flag through {@link Substitution}, so the mutants run
 * can rerun the very same test with a mutant in the variant's place.
 */
public class JoinVisibilityStress {

    static int seen(Integer answer) {
        return answer == null ? -1 : answer;
    }

    @JCStressTest
    @Description("the worker sets its answer while main reads it without join()")
    @Outcome(id = "9", expect = ACCEPTABLE, desc = "the worker had already set its answer")
    @Outcome(id = "-1", expect = ACCEPTABLE_INTERESTING, desc = "None: main read before the worker set its answer")
    @State
    public static class Unjoined {
        final SquareWorker worker = new SquareWorker(3);

        @Actor
        public void worker() {
            worker.run(); // the worker thread's body, in this actor's thread
        }

        @Actor
        public void main(I_Result r) {
            r.r1 = seen(new UnjoinedRead().collect(worker));
        }
    }

    @JCStressTest
    @StressKind(TestKind.STALE_READ)
    @Description("worker sets answer then a plain done flag; reader checks done, then answer")
    @Outcome(id = "0, -1", expect = ACCEPTABLE, desc = "not done yet, no answer yet")
    @Outcome(id = "0, 9", expect = ACCEPTABLE, desc = "not done yet, answer already there")
    @Outcome(id = "1, 9", expect = ACCEPTABLE, desc = "done, and the answer is there")
    // Needs the two plain stores or the two plain loads reordered. x86 keeps both in order, so here
    // only the JIT does it: measured on x86 (JDK 17, -m quick) in configurations where the reader
    // runs C2-compiled code, whatever the worker runs (about 1 in 10^4 samples); a weakly ordered
    // CPU (ARM, POWER) can do it too.
    @Outcome(id = "1, -1", expect = ACCEPTABLE_INTERESTING, desc = "stale read: saw done but not the answer")
    @State
    public static class PlainFlagStaleRead {
        final PlainDoneFlag flag = new PlainDoneFlag();

        @Actor
        public void worker() {
            flag.finish(9);
        }

        @Actor
        public void reader(II_Result r) {
            r.r1 = flag.isDone() ? 1 : 0;
            r.r2 = seen(flag.answer());
        }
    }

    @JCStressTest
    @StressKind(TestKind.STALE_READ)
    @Description("worker sets answer then a volatile done flag; reader checks done, then answer")
    @Outcome(id = "0, -1", expect = ACCEPTABLE, desc = "not done yet, no answer yet")
    @Outcome(id = "0, 9", expect = ACCEPTABLE, desc = "not done yet, answer already there")
    @Outcome(id = "1, 9", expect = ACCEPTABLE, desc = "done, and the answer is there")
    // Reached by the mutants: done-before-answer between its two writes (an interleaving), and
    // volatile-answer when C2 moves the reader's plain load of done after its volatile load of answer.
    @Outcome(id = "1, -1", expect = FORBIDDEN, desc = "stale read: saw done but not the answer")
    @State
    public static class VolatileFlagStaleRead {
        static final Supplier<DoneFlag> UNDER_TEST = Substitution.of(DoneFlag.class, VolatileDoneFlag.class);
        final DoneFlag flag = UNDER_TEST.get();

        @Actor
        public void worker() {
            flag.finish(9);
        }

        @Actor
        public void reader(II_Result r) {
            r.r1 = flag.isDone() ? 1 : 0;
            r.r2 = seen(flag.answer());
        }
    }

    @JCStressTest(Mode.Termination)
    @Description("main spins on a plain done flag until the worker sets it")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the spin loop saw the flag and stopped")
    @Outcome(id = "STALE", expect = ACCEPTABLE_INTERESTING, desc = "the spin loop never saw the flag: main hangs")
    @State
    public static class PlainFlagSpin {
        final PlainDoneFlag flag = new PlainDoneFlag();

        @Actor
        public void main() {
            flag.await();
        }

        @Signal
        public void worker() {
            flag.finish(9);
        }
    }

    @JCStressTest(Mode.Termination)
    @Description("main spins on a volatile done flag until the worker sets it")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "the spin loop saw the flag and stopped")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "the spin loop never saw the flag: main hangs")
    @State
    public static class VolatileFlagSpin {
        static final Supplier<DoneFlag> UNDER_TEST = Substitution.of(DoneFlag.class, VolatileDoneFlag.class);
        final DoneFlag flag = UNDER_TEST.get();

        @Actor
        public void main() {
            flag.await();
        }

        @Signal
        public void worker() {
            flag.finish(9);
        }
    }
}
