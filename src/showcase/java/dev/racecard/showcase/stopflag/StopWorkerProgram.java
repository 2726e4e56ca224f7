package dev.racecard.showcase.stopflag;

import dev.racecard.experiments.SpinWatch;

/**
 * Seed 004's program, for a child JVM: main starts the worker on a regular thread, lets it work,
 * requests the stop and joins it. A worker that never sees the request never ends, and neither
 * does main's join() nor the JVM: only a process boundary lets a harness observe (and kill) that.
 *
 * <p>Arguments: the {@link StoppableWorker} class; how long main lets each worker work before the
 * stop, in milliseconds (0: the stop right after start(), as when a service is shut down during
 * its start-up); how many workers main starts and stops, one after the other. Output, one line
 * each: {@value #READY} once the JVM is up and the first worker about to start (the harness's hang
 * clock starts there, not at process start), then {@code stopped after N units} per worker; or,
 * for a worker still working with {@link SpinWatch#CPU_EVIDENCE} of CPU used since its stop was
 * requested, {@value #STILL_WORKING} and where it is: the evidence that it never saw the request.
 */
public final class StopWorkerProgram {

    public static final String READY = "ready";
    public static final String STOPPED = "stopped after ";
    public static final String STILL_WORKING = "still working after the stop request: ";

    private StopWorkerProgram() {
    }

    public static void main(String[] args) throws ReflectiveOperationException, InterruptedException {
        Class<? extends StoppableWorker> type = Class.forName(args[0]).asSubclass(StoppableWorker.class);
        long workMillis = Long.parseLong(args[1]);
        int workers = Integer.parseInt(args[2]);
        System.out.println(READY);
        System.out.flush();
        for (int i = 0; i < workers; i++) {
            StoppableWorker worker = type.getConstructor().newInstance();
            Thread thread = new Thread(worker, "worker-" + i);
            thread.start();
            if (workMillis > 0) {
                Thread.sleep(workMillis); // the seed's time.sleep(3): long enough for the JIT to compile the loop
            }
            worker.requestStop(thread);
            SpinWatch.reportWhenSpinning(thread, null, STILL_WORKING, System.out);
            thread.join();
            System.out.println(STOPPED + worker.unitsDone() + " units");
        }
    }
}
