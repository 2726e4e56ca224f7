package dev.racecard.experiments;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Spinning is shown by the CPU time a thread used, never by the wall time that passed. */
class SpinWatchTest {

    @Test
    void aThreadThatKeepsRunningIsSpinningOnceItUsedTheCpuEvidence() throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        Thread spinner = new Thread(() -> {
            while (!stop.get()) {
                Thread.onSpinWait();
            }
        });
        spinner.start();
        try {
            SpinWatch watch = new SpinWatch(List.of(spinner));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!watch.spinning() && System.nanoTime() - deadline < 0) {
                Thread.sleep(20);
            }
            assertThat(watch.spinning()).isTrue();
            assertThat(watch.cpuSince()).isGreaterThanOrEqualTo(SpinWatch.CPU_EVIDENCE);
        } finally {
            stop.set(true);
            spinner.join();
        }
    }

    /** Slow is not spinning: a thread that waits uses no CPU however long it takes. */
    @Test
    void aThreadThatSleepsIsNotSpinningHoweverLong() throws InterruptedException {
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sleeper.start();
        SpinWatch watch = new SpinWatch(List.of(sleeper));
        Thread.sleep(1_000);
        assertThat(watch.spinning()).isFalse();
        sleeper.join();
    }
}
