package dev.racecard.patterns.lifecycle;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * CORRECT: {@code if (started.compareAndSet(false, true)) worker.start()}. The check and the claim
 * are one atomic step, so exactly one caller wins and starts the worker, however many race, and
 * the flag never turns back when the worker ends.
 */
public final class CasGuardWorker implements LazyWorker {
    private final AtomicBoolean started = new AtomicBoolean();
    private final Thread worker = new Thread(() -> answer = WorkerJob.run());
    private String answer;

    @Override
    public void ensureStarted() {
        if (started.compareAndSet(false, true)) {
            worker.start();
        }
    }

    @Override
    public String awaitAnswer() throws InterruptedException {
        worker.join();
        return answer;
    }
}
