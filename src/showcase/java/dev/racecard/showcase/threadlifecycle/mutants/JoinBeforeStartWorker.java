package dev.racecard.showcase.threadlifecycle.mutants;

import dev.racecard.showcase.threadlifecycle.LazyWorker;
import dev.racecard.showcase.threadlifecycle.WorkerJob;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * MUTANT of CasGuardWorker (and the cas-guard variant as it was until issue 25): the compareAndSet
 * guard without the wait for the start. The caller that lost the flag returns from ensureStarted()
 * possibly before the winner has called start(), and its awaitAnswer() joins a thread not started
 * yet: join() returns at once (Thread.join javadoc) and the answer is null. The window is the
 * winner's step from its compareAndSet into start(), a few ns: start() and join() both lock the
 * Thread, so a loser that comes later waits for start() to finish.
 */
public final class JoinBeforeStartWorker implements LazyWorker {
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
