package dev.racecard.showcase.barrier;

import dev.racecard.experiments.SpinWatch;
import dev.racecard.experiments.StallWatch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the three parties of one {@link PhasedWork} on daemon threads and watches them from the
 * calling thread. Stuck means no slot written for the stall time, and evidence that none will be:
 * since the last slot, the parties spent {@link SpinWatch#CPU_EVIDENCE} of CPU spinning, or they
 * all wait for good ({@link StallWatch}). (A thread woken at a barrier shows WAITING until the
 * scheduler runs it, and on busy cores a party may not run for a while: the stall time alone is
 * no evidence.) Parties still alive at the end are
 * interrupted and abandoned: one parked in a Phaser or spinning stays, as a daemon.
 */
public final class PhasedRound {

    public enum Ending {
        /** every party got through every phase, and found every slot written */
        IN_STEP,
        /** a party past the barrier found a slot of its phase empty */
        PASSED_EARLY,
        /** no party wrote a slot for the stall time, and they spun or waited for good meanwhile */
        STUCK,
        /** still there at the bound, without evidence of being stuck: a timeout */
        STILL_RUNNING,
        /** a party threw */
        FAILED
    }

    /** @param detail what the early pass or the stall looked like; null otherwise */
    public record Run(Ending ending, String detail, Throwable failure) {
    }

    private static final long POLL_MILLIS = 10;

    private PhasedRound() {
    }

    public static Run run(PhaseBarrier barrier, int phases, Duration stall, Duration bound)
            throws InterruptedException {
        return run(new PhasedWork(barrier, phases), phases, stall, bound);
    }

    /** As above, for phased work of the caller's; {@code stall} must outlast its longest step. */
    public static Run run(PhasedWork work, int phases, Duration stall, Duration bound) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> parties = new ArrayList<>();
        for (int i = 0; i < PhaseBarrier.PARTIES; i++) {
            int me = i;
            Thread t = new Thread(() -> {
                try {
                    work.party(me);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "party-" + i);
            t.setDaemon(true);
            parties.add(t);
        }
        StallWatch waiting = new StallWatch(); // the parties, started from here on
        long start = System.nanoTime();
        parties.forEach(Thread::start);
        SpinWatch spinning = new SpinWatch(parties);
        int written = -1;
        long lastProgress = start;
        Run run = null;
        while (run == null) {
            Thread alive = parties.stream().filter(Thread::isAlive).findFirst().orElse(null);
            if (alive != null) {
                alive.join(POLL_MILLIS);
            }
            long now = System.nanoTime();
            int nowWritten = work.slotsWritten();
            if (nowWritten != written) {
                written = nowWritten;
                lastProgress = now;
                spinning = new SpinWatch(parties);
            }
            StallWatch.Stuck stuck = waiting.look();
            if (work.earlyPass() != null) {
                run = new Run(Ending.PASSED_EARLY, work.earlyPass(), null);
            } else if (failure.get() != null) {
                run = new Run(Ending.FAILED, null, failure.get());
            } else if (parties.stream().noneMatch(Thread::isAlive)) {
                run = new Run(Ending.IN_STEP, null, null);
            } else if (now - lastProgress >= stall.toNanos() && (stuck != null || spinning.spinning())) {
                run = new Run(Ending.STUCK, written + " of " + phases * PhaseBarrier.PARTIES + " slots written, none for "
                        + (now - lastProgress) / 1_000_000 + " ms, " + (stuck != null ? stuck.evidence()
                        : "while the parties spun " + spinning.cpuSince().toMillis() + " ms of CPU"), null);
            } else if (now - start >= bound.toNanos()) {
                run = new Run(Ending.STILL_RUNNING, null, null);
            }
        }
        parties.stream().filter(Thread::isAlive).forEach(Thread::interrupt);
        return run;
    }
}
