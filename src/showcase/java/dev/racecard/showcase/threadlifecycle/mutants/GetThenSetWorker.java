package dev.racecard.showcase.threadlifecycle.mutants;

import dev.racecard.showcase.threadlifecycle.LazyWorker;
import dev.racecard.showcase.threadlifecycle.WorkerJob;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * MUTANT of CasGuardWorker: {@code if (!started.get()) { started.set(true); worker.start(); }}.
 * An AtomicBoolean, but read and written in two steps: two callers can both read false before
 * either sets it, and both start the worker.
 */
public final class GetThenSetWorker implements LazyWorker {
    private final AtomicBoolean started = new AtomicBoolean();
    private final Thread worker = new Thread(() -> answer = WorkerJob.run());
    private String answer;

    @Override
    public void ensureStarted() {
        if (!started.get()) {
            started.set(true);
            worker.start();
        }
    }

    @Override
    public String awaitAnswer() throws InterruptedException {
        worker.join();
        return answer;
    }
}
