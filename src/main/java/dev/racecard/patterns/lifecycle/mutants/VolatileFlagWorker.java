package dev.racecard.patterns.lifecycle.mutants;

import dev.racecard.patterns.lifecycle.LazyWorker;
import dev.racecard.patterns.lifecycle.WorkerJob;

/**
 * MUTANT of CasGuardWorker: a {@code volatile boolean started}, checked and then set. volatile makes
 * each read and write visible, not the pair atomic: two callers can both see false and both start
 * the worker.
 */
public final class VolatileFlagWorker implements LazyWorker {
    private volatile boolean started;
    private final Thread worker = new Thread(() -> answer = WorkerJob.run());
    private String answer;

    @Override
    public void ensureStarted() {
        if (!started) {
            started = true;
            worker.start();
        }
    }

    @Override
    public String awaitAnswer() throws InterruptedException {
        worker.join();
        return answer;
    }
}
