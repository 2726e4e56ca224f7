package dev.racecard.showcase.stopflag;

/**
 * CORRECT. Java's own stop signal: main interrupts the worker's thread, and the loop checks the
 * thread's interrupt status between units. The status is set by interrupt() and cleared only by
 * the worker itself (Thread.interrupted(), or a blocking call that throws InterruptedException),
 * so the check sees it; it is also what ExecutorService.shutdownNow() and Future.cancel(true) send.
 */
public final class InterruptedWorker implements StoppableWorker {
    private long units;
    private long checksum;

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            checksum = WorkUnit.next(checksum, units);
            units++;
        }
    }

    @Override
    public void requestStop(Thread worker) {
        worker.interrupt();
    }

    @Override
    public long unitsDone() {
        return units;
    }
}
