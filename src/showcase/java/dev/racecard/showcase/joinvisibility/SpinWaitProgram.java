package dev.racecard.showcase.joinvisibility;

import dev.racecard.experiments.SpinWatch;

/**
 * The busy-wait as a whole program, for a child JVM: a worker does its job and publishes the
 * answer through the flag; main spins on the flag, prints what answer it then read, and exits. If
 * main never sees the flag, the program never exits: only a process boundary lets a harness
 * observe (and kill) that.
 *
 * <p>Argument: the {@link DoneFlag} class to use. Output, one line each: {@value #READY} once the
 * JVM is up and the worker is about to start (the harness's hang clock starts there, not at
 * process start), then {@code answer 42}, or {@code answer null} when main saw the flag but not
 * the answer; or, when main is still spinning with {@link SpinWatch#CPU_EVIDENCE} of CPU used since
 * the worker set the flag and ended, {@value #STILL_SPINNING} and where it is: the evidence that it
 * never sees the flag.
 */
public final class SpinWaitProgram {

    public static final String READY = "ready";
    public static final String STILL_SPINNING = "still spinning after the flag was set: ";
    static final long JOB_MILLIS = 300;

    private SpinWaitProgram() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        DoneFlag flag = Class.forName(args[0]).asSubclass(DoneFlag.class).getConstructor().newInstance();
        Thread worker = new Thread(() -> {
            try {
                Thread.sleep(JOB_MILLIS); // the job: seed 004's worker runs until main sets the event
            } catch (InterruptedException e) {
                return;
            }
            flag.finish(42);
        }, "worker");
        worker.setDaemon(true); // a stuck main must be the only thing keeping the JVM alive
        System.out.println(READY);
        System.out.flush();
        worker.start();
        SpinWatch.reportWhenSpinning(Thread.currentThread(), worker, STILL_SPINNING, System.out);
        Integer answer = flag.await();
        System.out.println("answer " + answer);
    }
}
