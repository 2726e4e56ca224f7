package dev.racecard.experiments;

import dev.racecard.experiments.BoundedThreads.Ending;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** How a bounded run names each way its threads end: the experiments grade their trials by it. */
class BoundedThreadsTest {

    private static final Duration BOUND = Duration.ofMillis(300);

    @Test
    void threadsThatReturnHaveCompleted() throws InterruptedException {
        assertThat(BoundedThreads.run(BOUND, () -> { }, () -> { }).ending()).isEqualTo(Ending.COMPLETED);
    }

    @Test
    void aThreadThatThrowsFailsTheRunWithItsException() throws InterruptedException {
        BoundedThreads.Run run = BoundedThreads.run(BOUND, () -> { throw new IllegalStateException("boom"); });
        assertThat(run.ending()).isEqualTo(Ending.FAILED);
        assertThat(run.failure()).hasMessage("boom");
    }

    /** A put spinning in a looped HashMap bin: running, never waiting, at the bound. */
    @Test
    void aThreadStillRunningAtTheBoundTimesOutAndIsInterrupted() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        BoundedThreads.Run run = BoundedThreads.run(BOUND, () -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            stopped.countDown();
        });
        assertThat(run.ending()).isEqualTo(Ending.TIMED_OUT);
        assertThat(run.elapsed()).isGreaterThanOrEqualTo(BOUND);
        assertThat(stopped.await(10, TimeUnit.SECONDS)).as("interrupted at the bound").isTrue();
    }

    @Test
    void twoThreadsHoldingEachOthersLockAreDeadlocked() throws InterruptedException {
        Object a = new Object();
        Object b = new Object();
        CountDownLatch bothHold = new CountDownLatch(2);
        BoundedThreads.Run run = BoundedThreads.run(Duration.ofSeconds(10),
                () -> lockBoth(a, b, bothHold), () -> lockBoth(b, a, bothHold));
        assertThat(run.ending()).isEqualTo(Ending.DEADLOCKED);
    }

    /** A lost wake-up: the latch is never counted down, and no thread is left running to do it. */
    @Test
    void aThreadWaitingWithNobodyLeftToWakeItWaitsForever() throws InterruptedException {
        CountDownLatch neverCounted = new CountDownLatch(1);
        BoundedThreads.Run run = BoundedThreads.run(Duration.ofSeconds(10), () -> {
            try {
                neverCounted.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(run.ending()).isEqualTo(Ending.WAITING_FOREVER);
    }

    private static void lockBoth(Object first, Object second, CountDownLatch bothHold) {
        synchronized (first) {
            bothHold.countDown();
            try {
                bothHold.await();
            } catch (InterruptedException e) {
                return;
            }
            synchronized (second) {
                bothHold.countDown();
            }
        }
    }
}
