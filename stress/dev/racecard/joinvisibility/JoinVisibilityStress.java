package dev.racecard.joinvisibility;

import dev.racecard.patterns.joinvisibility.AnswerCollector;
import dev.racecard.patterns.joinvisibility.FutureAnswer;
import dev.racecard.patterns.joinvisibility.JoinedRead;
import dev.racecard.patterns.joinvisibility.PlainDoneFlag;
import dev.racecard.patterns.joinvisibility.SquareWorker;
import dev.racecard.patterns.joinvisibility.UnjoinedRead;
import dev.racecard.patterns.joinvisibility.VolatileDoneFlag;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.openjdk.jcstress.infra.results.I_Result;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Seeds 000/001, reading a worker's result. Two families of tests:
 * <ul>
 *   <li>a real worker thread started by the actor, its answer (3 squared) collected without
 *   join, with join, or through a Future: -1 stands for None, "not set yet";</li>
 *   <li>a done flag written by one actor after the answer and read by another, plain or
 *   volatile: once as a stale-read test (done seen, answer not), once as a spin loop that may
 *   never see the flag (jcstress's termination mode: STALE means the loop never stopped).</li>
 * </ul>
 */
public class JoinVisibilityStress {

    static int seen(Integer answer) {
        return answer == null ? -1 : answer;
    }

    /** Starts a worker for 3 and collects its answer; actors may not throw checked exceptions. */
    static int startAndCollect(AnswerCollector collector) {
        SquareWorker worker = new SquareWorker(3);
        worker.start();
        try {
            int answer = seen(collector.collect(worker));
            worker.join(); // not part of the read: only so that no sample leaks a thread
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return INTERRUPTED;
        }
    }

    static final int INTERRUPTED = -3;

    @JCStressTest
    @Description("start a worker, read its answer without join()")
    @Outcome(id = "9", expect = ACCEPTABLE, desc = "the worker had already set its answer")
    @Outcome(id = "-1", expect = ACCEPTABLE_INTERESTING, desc = "None: the answer was read before the worker set it")
    @Outcome(id = "-3", expect = FORBIDDEN, desc = "the actor was interrupted")
    @State
    public static class Unjoined {
        @Actor
        public void main(I_Result r) {
            r.r1 = startAndCollect(new UnjoinedRead());
        }
    }

    @JCStressTest
    @Description("start a worker, join() it, read its answer")
    @Outcome(id = "9", expect = ACCEPTABLE, desc = "the answer, as join() guarantees")
    @Outcome(id = "-1", expect = FORBIDDEN, desc = "None: the answer was read before the worker set it")
    @Outcome(id = "-3", expect = FORBIDDEN, desc = "the actor was interrupted")
    @State
    public static class Joined {
        @Actor
        public void main(I_Result r) {
            r.r1 = startAndCollect(new JoinedRead());
        }
    }

    @JCStressTest
    @Description("submit the square to a pool, Future.get() it")
    @Outcome(id = "9", expect = ACCEPTABLE, desc = "the answer, as get() guarantees")
    @Outcome(id = "-1", expect = FORBIDDEN, desc = "None: get() returned without the answer")
    @Outcome(id = "-2", expect = FORBIDDEN, desc = "the task failed")
    @Outcome(id = "-3", expect = FORBIDDEN, desc = "the actor was interrupted")
    @State
    public static class Future {
        static final ExecutorService POOL = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "future-worker");
            t.setDaemon(true);
            return t;
        });

        @Actor
        public void main(I_Result r) {
            try {
                r.r1 = seen(FutureAnswer.square(POOL, 3));
            } catch (ExecutionException e) {
                r.r1 = -2;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                r.r1 = INTERRUPTED;
            }
        }
    }

    @JCStressTest
    @Description("worker sets answer then a plain done flag; reader checks done, then answer")
    @Outcome(id = "0, -1", expect = ACCEPTABLE, desc = "not done yet, no answer yet")
    @Outcome(id = "0, 9", expect = ACCEPTABLE, desc = "not done yet, answer already there")
    @Outcome(id = "1, 9", expect = ACCEPTABLE, desc = "done, and the answer is there")
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
    @Description("worker sets answer then a volatile done flag; reader checks done, then answer")
    @Outcome(id = "0, -1", expect = ACCEPTABLE, desc = "not done yet, no answer yet")
    @Outcome(id = "0, 9", expect = ACCEPTABLE, desc = "not done yet, answer already there")
    @Outcome(id = "1, 9", expect = ACCEPTABLE, desc = "done, and the answer is there")
    @Outcome(id = "1, -1", expect = FORBIDDEN, desc = "stale read: saw done but not the answer")
    @State
    public static class VolatileFlagStaleRead {
        final VolatileDoneFlag flag = new VolatileDoneFlag();

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
        final VolatileDoneFlag flag = new VolatileDoneFlag();

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
