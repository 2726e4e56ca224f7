package dev.racecard.showcase.stopflag;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.stopflag.mutants.FlagInLocalWorker;
import dev.racecard.showcase.stopflag.mutants.InterruptedClearsWorker;
import dev.racecard.showcase.stopflag.mutants.RunningFlagWorker;
import dev.racecard.showcase.stopflag.mutants.SwallowedInterruptWorker;

import static dev.racecard.catalog.Tool.CHILD_JVM;
import static dev.racecard.catalog.Tool.JCSTRESS;

/**
 * Seeds 003/004: a long-running worker listens for a stop signal (the seed's threading.Event). A
 * worker that never sees the signal never ends, which only a spin loop under jcstress's
 * termination mode or a whole program in a child JVM can show: no Lincheck (its model checker
 * explores a sequentially consistent memory, where every flag is re-read) and no in-JVM trials (a
 * worker that never stops could not be stopped, only left spinning in the build's JVM).
 */
public final class StopFlagEntry {

    public static final Pattern PATTERN = Racecard.pattern("stop-flag", "Stopping a worker (Event)",
                    "A worker polling a stop flag between units of work stops when main sets it, if it can see "
                            + "it: Python re-reads even a plain variable at every check, but on the JVM compiled "
                            + "code may read a plain boolean once and never stop. A volatile flag, or an "
                            + "interrupt the loop checks, always reaches it.")
            .seed(Seed.SEED_003.quote(24, 26, "Graceful Shutdown with Event", """
                    Graceful Shutdown with Event
                    Long-running threads should listen for a stop signal.
                    This is much better than killing the process and hoping the thread was in a safe place to stop."""))
            .seed(Seed.SEED_004.quote(58, 88, "How to create threads in Python – Stop a thread", """
                    In this case, we will use a\u00a0 threading event that will be checked occasionally by the thread.

                    How to create threads in Python by using the event object

                    Since we cannot end the thread abruptly we will instead use the event object provided by the threading module that we have imported as the beginning of our program to end the threading cycle using logic.

                    At the beginning of the program, we have created an event that we have named ‘stop_thread’.


                    stop_thread = threading.Event()


                    An event can exist in two states: set or not set in this case the event is yet to be set since we have just created it. We can always check the status of an event using the function is_set() function.

                    This function returns True if an event is set and False otherwise. In this program we have set the function inside the for loop to make sure that the thread is able to check the status of the event now and then.

                    We have the status of the event to True so that the program is able to check out the status and when the status is True we’re going to break out at a more convenient place.

                    At the bottom of our program, we have added the time.sleep(3) just before setting the event status to True.


                    How to create threads in Python


                    Naturally, this will cause some delay before the program exits; this will ensure that the thread does not exit immediately by delaying the program from setting the flag to True.\u00a0

                    How to create threads in Python – join() method

                    We have also added the join() method at the bottom to make sure that the main thread waits for the current thread object to exit.

                    When we run this program after three seconds the set flag will set the event to be True. This is going to trigger a breakpoint in this thread as shown below."""))
            .racy("plain-flag", PlainFlagWorker.class,
                    "while (!stopRequested) on a plain boolean: once the loop is compiled the JIT may read the "
                            + "flag once, and the worker never stops.")
                .jcstress(StopFlagStress.PlainFlagSpin.class).childJvm(StopFlagExperiment.class)
                .critical("private boolean stopRequested;", "while (!stopRequested) {")
            .correct("volatile-flag", VolatileFlagWorker.class,
                    "the same loop on a volatile boolean: every check reads main's write.")
                .jcstress(StopFlagStress.VolatileFlagSpin.class).childJvm(StopFlagExperiment.class)
                .critical("private volatile boolean stopRequested;", "while (!stopRequested) {")
                .mutant(Mutant.of("flag-in-local", FlagInLocalWorker.class,
                        "copies the volatile flag into a local before the loop and checks the copy",
                        JCSTRESS, CHILD_JVM))
                .mutant(Mutant.of("running-flag", RunningFlagWorker.class,
                        "a volatile running flag set to true at the top of run(): a stop requested before the "
                                + "worker got there is overwritten", CHILD_JVM))
            .correct("interrupt", InterruptedWorker.class,
                    "main interrupts the worker's thread; the loop checks isInterrupted() between units.")
                .jcstress(StopFlagStress.InterruptSpin.class).childJvm(StopFlagExperiment.class)
                .critical("while (!Thread.currentThread().isInterrupted()) {", "worker.interrupt();")
                .mutant(Mutant.of("swallowed-interrupt", SwallowedInterruptWorker.class,
                        "pauses between batches with Thread.sleep(1) and swallows the InterruptedException, "
                                + "which cleared the interrupt status", JCSTRESS, CHILD_JVM))
                .mutant(Mutant.of("interrupted-clears", InterruptedClearsWorker.class,
                        "leaves a batch early on Thread.interrupted(), which clears the status the loop then "
                                + "checks", JCSTRESS, CHILD_JVM))
            .build();

    private StopFlagEntry() {
    }
}
