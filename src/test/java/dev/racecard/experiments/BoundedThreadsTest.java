package dev.racecard.experiments;

import dev.racecard.experiments.BoundedThreads.Ending;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;

/** How a bounded run names each way its threads end: the experiments grade their trials by it. */
class BoundedThreadsTest {

    private static final Duration BOUND = Duration.ofMillis(300);

    /** A loop that never ends spends CPU up to the bound: that, not the wall time, is its evidence. */
    @Test
    void aThreadSpinningAtTheBoundShowsTheCpuItUsed() throws InterruptedException {
        BoundedThreads.Run run = BoundedThreads.run(Duration.ofSeconds(1), () -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        });
        assertThat(run.ending()).isEqualTo(Ending.TIMED_OUT);
        assertThat(run.unfinishedCpu()).isPositive();
    }

    /** A thread that only sleeps past the bound has no CPU to show: a timeout, never spinning. */
    @Test
    void aThreadSleepingAtTheBoundHasNotSpun() throws InterruptedException {
        BoundedThreads.Run run = BoundedThreads.run(Duration.ofMillis(300), () -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(run.ending()).isEqualTo(Ending.TIMED_OUT);
        assertThat(run.spunPast(Duration.ofMillis(100))).isFalse();
    }

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
        assertThat(run.evidence()).contains("racecard-bounded-0", "racecard-bounded-1", "BLOCKED");
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
        assertThat(run.elapsed()).as("nothing moved for the whole window").isGreaterThanOrEqualTo(StallWatch.NO_PROGRESS);
        assertThat(run.evidence()).contains("racecard-bounded-0 WAITING on java.util.concurrent.CountDownLatch");
    }

    /** A lock left held by a thread that has ended: only its owner could release it. */
    @Test
    void aThreadWaitingForALockWhoseOwnerEndedWaitsForever() throws InterruptedException {
        ReentrantLock lock = new ReentrantLock();
        Thread owner = new Thread(lock::lock);
        BoundedThreads.Run run = BoundedThreads.run(Duration.ofSeconds(10), () -> {
            owner.start();
            join(owner);
            lock.lock();
        });
        assertThat(run.ending()).isEqualTo(Ending.WAITING_FOREVER);
        assertThat(run.evidence()).contains("held by thread " + owner.getName()).contains("which has ended");
    }

    /**
     * Waiting, blocked and nothing counted, but on a lock whose owner is running (a thread from
     * before the run, so only seen through the lock): slow, not stuck. The old rule, all trial
     * threads waiting for 300 ms, called this stuck.
     */
    @Test
    void aThreadBlockedOnALockWhoseOwnerStillRunsIsNotStuck() throws InterruptedException {
        Object lock = new Object();
        CountDownLatch held = new CountDownLatch(1);
        Thread owner = new Thread(() -> {
            synchronized (lock) {
                held.countDown();
                spin(Duration.ofMillis(2_500));
            }
        }, "slow-owner");
        owner.start();
        held.await();
        BoundedThreads.Run run = BoundedThreads.run(Duration.ofSeconds(20), () -> {
            synchronized (lock) {
                lock.notifyAll();
            }
        });
        assertThat(run.ending()).isEqualTo(Ending.COMPLETED);
        owner.join();
    }

    /** join() waits on the thread it joins, which is watched through it: a long join is slow, not stuck. */
    @Test
    void aThreadJoiningAWorkerThatStillRunsIsNotStuck() throws InterruptedException {
        Thread worker = new Thread(() -> spin(Duration.ofMillis(2_500)), "slow-worker");
        worker.start();
        BoundedThreads.Run run = BoundedThreads.run(Duration.ofSeconds(20), () -> join(worker));
        assertThat(run.ending()).isEqualTo(Ending.COMPLETED);
    }

    /** A worker the code under test starts during the run is watched too: it is the one that will wake the trial's thread. */
    @Test
    void aWorkerStartedDuringTheRunIsWatched() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        BoundedThreads.Run run = BoundedThreads.run(Duration.ofSeconds(20), () -> {
            new Thread(() -> {
                spin(Duration.ofMillis(2_500));
                done.countDown();
            }, "subject-worker").start();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(run.ending()).isEqualTo(Ending.COMPLETED);
    }

    /** Running, so not waiting: CPU time, not a sleep (a timed wait is never stuck anyway). */
    private static void spin(Duration time) {
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() - end < 0) {
            Thread.onSpinWait();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
