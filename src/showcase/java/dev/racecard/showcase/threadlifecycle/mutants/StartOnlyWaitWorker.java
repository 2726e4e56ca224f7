package dev.racecard.showcase.threadlifecycle.mutants;

import dev.racecard.showcase.threadlifecycle.LazyWorker;
import dev.racecard.showcase.threadlifecycle.WorkerJob;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * MUTANT of CasGuardWorker: awaitAnswer() waits on the start latch and drops the join(), as if the
 * latch already waited for the worker. It waits for the start, not the end: the answer is read
 * before the worker has written it (null), with no happens-before from the worker's write either.
 */
public final class StartOnlyWaitWorker implements LazyWorker {
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch startCalled = new CountDownLatch(1);
    private final Thread worker = new Thread(() -> answer = WorkerJob.run());
    private String answer;

    @Override
    public void ensureStarted() {
        if (started.compareAndSet(false, true)) {
            worker.start();
            startCalled.countDown();
        }
    }

    @Override
    public String awaitAnswer() throws InterruptedException {
        startCalled.await();
        return answer;
    }
}
