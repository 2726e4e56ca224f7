package dev.racecard.showcase.threadlifecycle;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.threadlifecycle.mutants.GetThenSetWorker;
import dev.racecard.showcase.threadlifecycle.mutants.IsDoneCheckHandoff;
import dev.racecard.showcase.threadlifecycle.mutants.JoinBeforeStartWorker;
import dev.racecard.showcase.threadlifecycle.mutants.LazyFutureHandoff;
import dev.racecard.showcase.threadlifecycle.mutants.StartOnlyWaitWorker;

import static dev.racecard.catalog.Tool.JCSTRESS;
import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.Tool.LINCHECK;

/**
 * Seeds 000/001/004: a thread is started once, and join() waits only for a started thread. Two
 * sub-cases, each racy variant with the correct one that fixes it: a worker started lazily from
 * two threads, and a worker joined by one thread while another starts it.
 */
public final class ThreadLifecycleEntry {

    public static final Pattern PATTERN = Racecard.pattern("thread-lifecycle", "Thread lifecycle: start once, join after start",
                    "Two threads that both run if (!t.isAlive()) t.start() can both see the worker not alive and "
                            + "start it twice; a thread that joins the worker before another has started it returns "
                            + "at once, with no answer. A compareAndSet guard starts it once, and a latch the winner "
                            + "counts down after start() makes every caller join a started worker; a FutureTask made "
                            + "before the hand-off makes the reader wait for the start. On the JVM a second start() "
                            + "throws IllegalThreadStateException (Python: RuntimeError), and join() on a thread not "
                            + "started returns at once, as seed 000 says, where CPython raises RuntimeError.")
            .seed(Seed.SEED_000.quote(193, 195, "Can I start a thread multiple times?", """
                    Can I start a thread multiple times?

                    No. Once you call start(), the thread runs and cannot be restarted. To run the same function \
                    again, create a new Thread object and call start() on it."""))
            .seed(Seed.SEED_000.quote(205, 207, "Is it safe to call join() on a thread that hasn't started?", """
                    Is it safe to call join() on a thread that hasn't started?

                    Yes, join() will return immediately if the thread hasn't started yet. However, it's generally \
                    good practice to call start() before join() to avoid confusion."""))
            .seed(Seed.SEED_001.quote(119, 120, "start() — Begin Execution", """
                    # Can only start a thread once
                    # thread.start()  # RuntimeError: threads can only be started once"""))
            .seed(Seed.SEED_004.quote(36, 36, "How to create threads in Python – Run a thread",
                    "The start() function can only be called once in a thread; this allows us to invoke the run() "
                            + "method of the thread in a separate thread control. A thread cannot start running until "
                            + "the start() function has been invoked."))
            .racy("check-alive-then-start", CheckAliveThenStartWorker.class,
                    "if (!worker.isAlive()) worker.start() from two threads: both can see it not alive, and the second "
                            + "start() throws IllegalThreadStateException.")
                .jcstress(ThreadLifecycleStress.CheckAliveThenStart.class).junit(ThreadLifecycleExperiment.class)
                .critical("if (!worker.isAlive()) {", "worker.start();")
            .correct("cas-guard", CasGuardWorker.class,
                    "if (started.compareAndSet(false, true)) { worker.start(); startCalled.countDown(); }, and "
                            + "awaitAnswer() waits on that latch before worker.join(): one caller wins and starts "
                            + "the worker, and the one that lost joins it only once it has been started.")
                .jcstress(ThreadLifecycleStress.CasGuard.class).lincheck(ThreadLifecycleExperiment.class).junit(ThreadLifecycleExperiment.class)
                .critical("if (started.compareAndSet(false, true)) {", "startCalled.await();")
                .fixing("check-alive-then-start")
                // get-then-set's window is a flag's read and write, a few ns: jcstress hardly sees it (the
                // caller that lost goes on to the next sample while the winner is still in start(): 2 of
                // 41,874 samples in one run); Lincheck's model checking does, at once.
                .mutant(Mutant.of("get-then-set", GetThenSetWorker.class,
                        "if (!started.get()) { started.set(true); worker.start(); }: an AtomicBoolean read and "
                                + "written in two steps", LINCHECK, JUNIT))
                // The cas-guard variant until issue 25. Its window is the winner's step from compareAndSet
                // into start(), a few ns. Only the trials see it (see LAZY_START_ROUNDS for the rates):
                // jcstress saw 0 of 4,089 samples; Lincheck 3.7 explored 1,000 invocations of the spec
                // (and 2,000 of a program) without reaching it, and its join() of a thread not started
                // fails inside Lincheck (a NullPointerException in ManagedStrategy.onThreadJoin), a tool
                // failure, not the race.
                .mutant(Mutant.of("join-before-start", JoinBeforeStartWorker.class,
                        "the compareAndSet guard without the wait for the start: the caller that lost joins a "
                                + "thread the winner has not started yet, and join() returns at once with no answer",
                        JUNIT))
                .mutant(Mutant.of("start-only-wait", StartOnlyWaitWorker.class,
                        "awaitAnswer() waits on the start latch and drops the join(): it waits for the start, "
                                + "not the end, and reads no answer", JCSTRESS, LINCHECK, JUNIT))
            .racy("join-unstarted", JoinUnstartedHandoff.class,
                    "the reader calls worker.join() and reads the answer while another thread starts the worker: "
                            + "join() on a thread not started yet returns at once, and the answer is null.")
                .jcstress(ThreadLifecycleStress.JoinUnstarted.class).junit(ThreadLifecycleExperiment.class)
                .critical("worker.join();", "return answer;")
            .correct("future-handoff", FutureTaskHandoff.class,
                    "a FutureTask made with the worker, before the hand-off; the reader calls get(), which waits "
                            + "for the task to run, not only while a thread is alive.")
                .jcstress(ThreadLifecycleStress.FutureHandoff.class).junit(ThreadLifecycleExperiment.class)
                .critical("new FutureTask<>(WorkerJob::run)", "return answer.get();")
                .fixing("join-unstarted")
                .mutant(Mutant.of("lazy-future", LazyFutureHandoff.class,
                        "the starter makes the FutureTask when it starts the worker; a reader that comes first finds "
                                + "none and returns null", JCSTRESS, JUNIT))
                .mutant(Mutant.of("is-done-check", IsDoneCheckHandoff.class,
                        "the reader calls get() only if isDone(), so that it never blocks", JCSTRESS, JUNIT))
            .build();

    private ThreadLifecycleEntry() {
    }
}
