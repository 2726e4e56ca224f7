package dev.racecard.showcase.threadlifecycle.mutants;

import dev.racecard.showcase.threadlifecycle.WorkerHandoff;
import dev.racecard.showcase.threadlifecycle.WorkerJob;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * MUTANT of FutureTaskHandoff: the reader asks isDone() and calls get() only if it is, so that it
 * never blocks. Before the worker has run, and so before it has even started, that is no answer.
 */
public final class IsDoneCheckHandoff implements WorkerHandoff {
    private final FutureTask<String> answer = new FutureTask<>(WorkerJob::run);
    private final Thread worker = new Thread(answer);

    @Override
    public void startWorker() {
        worker.start();
    }

    @Override
    public String awaitAnswer() throws InterruptedException {
        if (!answer.isDone()) {
            return null; // not done yet: don't block
        }
        try {
            return answer.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the worker's job failed", e.getCause());
        }
    }
}
