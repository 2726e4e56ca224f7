package dev.racecard.queuehandoff;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a trial's threads behind one gate, so that they overlap instead of running one after the
 * other; the gate adds no delay to the code under test. What a thread throws goes to the tally.
 */
final class TrialThreads {
    private final CountDownLatch gate = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();

    /** Adds {@code count} threads, each running {@code body.run(index)}. */
    TrialThreads add(String role, int count, DeliveryTally tally, Body body) {
        for (int i = 0; i < count; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                try {
                    gate.await();
                    body.run(index);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    tally.threw(e);
                }
            }, role + "-" + i);
            threads.add(thread);
        }
        return this;
    }

    List<Thread> start() {
        threads.forEach(Thread::start);
        gate.countDown();
        return threads;
    }

    /**
     * Joins each thread for at most {@code millis}; a thread still running then is interrupted
     * and counted, so a hang becomes an outcome, never a hung build.
     */
    static int joinOrInterrupt(List<Thread> threads, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        int stillRunning = 0;
        for (Thread thread : threads) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (thread.isAlive()) {
                stillRunning++;
                thread.interrupt();
            }
        }
        return stillRunning;
    }

    /** A thread's work; may wait, so it may be interrupted. */
    interface Body {
        void run(int index) throws InterruptedException;
    }
}
