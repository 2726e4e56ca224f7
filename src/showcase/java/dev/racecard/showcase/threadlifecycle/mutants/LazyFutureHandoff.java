package dev.racecard.showcase.threadlifecycle.mutants;

import dev.racecard.showcase.threadlifecycle.WorkerHandoff;
import dev.racecard.showcase.threadlifecycle.WorkerJob;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * MUTANT of FutureTaskHandoff: the starter makes the FutureTask when it starts the worker, not
 * before the hand-off. A reader that comes first finds no future and, with nothing to wait for,
 * returns no answer: join() on an unstarted thread again, one step removed.
 */
public final class LazyFutureHandoff implements WorkerHandoff {
    private volatile FutureTask<String> answer;

    @Override
    public void startWorker() {
        answer = new FutureTask<>(WorkerJob::run);
        new Thread(answer).start();
    }

    @Override
    public String awaitAnswer() throws InterruptedException {
        FutureTask<String> started = answer;
        if (started == null) {
            return null; // not started yet: nothing to wait for
        }
        try {
            return started.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the worker's job failed", e.getCause());
        }
    }
}
