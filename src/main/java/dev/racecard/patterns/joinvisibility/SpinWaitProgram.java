package dev.racecard.patterns.joinvisibility;

/**
 * The busy-wait as a whole program, for a child JVM: a worker does its job, publishes the answer
 * through the flag; main spins on the flag, prints the answer and exits. If main never sees the
 * flag, the program never exits: only a process boundary lets a harness observe (and kill) that.
 * Argument: {@code plain} or {@code volatile}.
 */
public final class SpinWaitProgram {

    static final long JOB_MILLIS = 300;

    private SpinWaitProgram() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean plain = args.length == 1 && args[0].equals("plain");
        PlainDoneFlag plainFlag = new PlainDoneFlag();
        VolatileDoneFlag volatileFlag = new VolatileDoneFlag();
        Thread worker = new Thread(() -> {
            try {
                Thread.sleep(JOB_MILLIS); // the job: seed 004's worker runs until main sets the event
            } catch (InterruptedException e) {
                return;
            }
            if (plain) {
                plainFlag.finish(42);
            } else {
                volatileFlag.finish(42);
            }
        }, "worker");
        worker.setDaemon(true); // a stuck main must be the only thing keeping the JVM alive
        worker.start();
        Integer answer = plain ? plainFlag.await() : volatileFlag.await();
        System.out.println("answer " + answer);
    }
}
