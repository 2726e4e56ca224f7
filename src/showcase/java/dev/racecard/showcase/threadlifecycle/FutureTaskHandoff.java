package dev.racecard.showcase.threadlifecycle;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * CORRECT: a FutureTask made before the hand-off, when the worker is made; the worker runs it and
 * the reader calls get(). get() waits until the task has run, not merely while a thread is alive,
 * so a reader that comes before the start waits for it, and the task's completion happens-before
 * get() returns its value.
 */
public final class FutureTaskHandoff implements WorkerHandoff {
    private final FutureTask<String> answer = new FutureTask<>(WorkerJob::run);
    private final Thread worker = new Thread(answer);

    @Override
    public void startWorker() {
        worker.start();
    }

    @Override
    public String awaitAnswer() throws InterruptedException {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the worker's job failed", e.getCause());
        }
    }
}
