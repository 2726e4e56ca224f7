package dev.racecard.showcase.threadlocal;

import dev.racecard.stress.StressKind;
import dev.racecard.stress.Substitution;
import dev.racecard.stress.TestKind;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import java.util.function.Supplier;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Seed 001's thread_local.name in its smallest form: two workers each begin as themselves, take a
 * step and say who they are; each result is the worker id the description names. No worker can
 * read "none": its own write of its id happens-before its read (program order), so the initial -1
 * is not visible to it (JLS 17.4.5). Anything unlisted is forbidden.
 */
public class ThreadLocalStress {

    /** The worker id in "Worker-N: count", or 0 for "none". */
    static int workerIn(String description) {
        return description.startsWith("Worker-")
                ? Integer.parseInt(description.substring("Worker-".length(), description.indexOf(':'))) : 0;
    }

    @JCStressTest
    @StressKind(TestKind.OWN_WRITE)
    @Description("two workers keep their id and count in plain fields of one shared object")
    @Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "each worker named itself")
    @Outcome(id = {"2, 2", "1, 1"}, expect = ACCEPTABLE_INTERESTING,
            desc = "one worker named the other: its id was overwritten in the shared field")
    /*
     * "2, 1", each named the other, needs each thread's read to see the other's write after its own:
     * the two writes in opposite orders. Only coherence rules that out, and the JMM gives coherence to
     * volatile fields (one synchronization order, JLS 17.4.4) and to VarHandle opaque access, not to
     * plain fields: happens-before consistency (JLS 17.4.5) lets each read see the other thread's
     * racing write. So it is the race, not an impossibility. On HotSpot it is not expected: the
     * hardware is coherent and the JIT may only forward a thread's own write to its read, which gives
     * "1, x" or "x, 2".
     */
    @Outcome(id = "2, 1", expect = ACCEPTABLE_INTERESTING,
            desc = "each named the other: allowed by the JMM for plain fields, which have no coherence")
    @State
    public static class SharedFields {
        final WorkerContext context = new SharedFieldContext();

        @Actor
        public void worker1(II_Result r) {
            r.r1 = context.runAs(1, () -> {
                context.step();
                return workerIn(context.describe());
            });
        }

        @Actor
        public void worker2(II_Result r) {
            r.r2 = context.runAs(2, () -> {
                context.step();
                return workerIn(context.describe());
            });
        }
    }

    @JCStressTest
    @StressKind(TestKind.OWN_WRITE)
    @Description("two workers keep their id and count in a ThreadLocal")
    @Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "each worker named itself")
    @Outcome(id = {"2, 2", "1, 1"}, expect = FORBIDDEN,
            desc = "one worker named the other: their states are one object")
    @Outcome(id = "2, 1", expect = FORBIDDEN, desc = "each named the other: their states are one object")
    @State
    public static class WithThreadLocal {
        static final Supplier<WorkerContext> UNDER_TEST = Substitution.of(WorkerContext.class, ThreadLocalContext.class);
        final WorkerContext context = UNDER_TEST.get();

        @Actor
        public void worker1(II_Result r) {
            r.r1 = context.runAs(1, () -> {
                context.step();
                return workerIn(context.describe());
            });
        }

        @Actor
        public void worker2(II_Result r) {
            r.r2 = context.runAs(2, () -> {
                context.step();
                return workerIn(context.describe());
            });
        }
    }
}
