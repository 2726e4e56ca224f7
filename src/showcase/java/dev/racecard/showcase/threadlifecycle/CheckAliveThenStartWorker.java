package dev.racecard.showcase.threadlifecycle;

/**
 * RACY: {@code if (!worker.isAlive()) worker.start()}. isAlive() turns true only once start() has
 * created the thread, tens of microseconds in, so two callers can both see the worker not alive and
 * both call start(): a thread starts once, and the second start() throws
 * IllegalThreadStateException (Python raises RuntimeError). isAlive() is false again once the worker
 * has finished, so a caller that comes late starts it a second time too.
 */
public final class CheckAliveThenStartWorker implements LazyWorker {
    private final Thread worker = new Thread(() -> answer = WorkerJob.run());
    private String answer;

    @Override
    public void ensureStarted() {
        if (!worker.isAlive()) {
            worker.start();
        }
    }

    @Override
    public String awaitAnswer() throws InterruptedException {
        worker.join();
        return answer;
    }
}
