package dev.racecard.showcase.threadlifecycle;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * CORRECT: {@code if (started.compareAndSet(false, true)) worker.start()}, and every caller waits
 * for that start before it joins. The check and the claim are one atomic step, so exactly one
 * caller wins and starts the worker, however many race, and the flag never turns back when the
 * worker ends. The flag says only that someone claimed the start: a caller that lost may get here
 * before the winner has called start(), and join() on a thread not started returns at once
 * (Thread.join javadoc: it waits only "while this thread is alive"). So the winner counts the latch
 * down once start() has returned, and awaitAnswer() waits for it: start() happens-before countDown(),
 * which happens-before await() returns (CountDownLatch's memory consistency effects), so join()
 * finds the worker started; every action of the worker happens-before join() returns (JLS 17.4.5),
 * so the answer is visible.
 */
public final class CasGuardWorker implements LazyWorker {
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
        worker.join();
        return answer;
    }
}
