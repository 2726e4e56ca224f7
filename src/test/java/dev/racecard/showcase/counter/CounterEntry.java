package dev.racecard.showcase.counter;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.counter.mutants.AccumulateMaxCounter;
import dev.racecard.showcase.counter.mutants.CasWithoutRetryCounter;
import dev.racecard.showcase.counter.mutants.FreshLockCounter;
import dev.racecard.showcase.counter.mutants.GetThenSetCounter;
import dev.racecard.showcase.counter.mutants.LazyAdderCounter;
import dev.racecard.showcase.counter.mutants.SplitLockCounter;

import static dev.racecard.catalog.Tool.JCSTRESS;
import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.Tool.LINCHECK;

/**
 * Seeds 002/003: {@code counter += 1} from four threads, and the {@code with lock:} fix. Every
 * variant, and every mutant in its place, runs through all three tools.
 */
public final class CounterEntry {

    public static final Pattern PATTERN = Racecard.pattern("counter", "Shared counter",
                    "counter += 1 from several threads loses increments; a lock makes the count exact.")
            .seed(Seed.SEED_002.quote(80, 94, "Sharing Data Between Threads", """
                    counter = 0

                    def increment():
                        global counter
                        for _ in range(1000000):
                            counter += 1

                    threads = [threading.Thread(target=increment) for _ in range(4)]

                    for t in threads:
                        t.start()
                    for t in threads:
                        t.join()

                    print(counter)  # Likely less than 4000000!"""))
            .seed(Seed.SEED_002.quote(104, 120, "Locks: Protecting Shared Data", """
                    counter = 0
                    lock = threading.Lock()

                    def increment():
                        global counter
                        for _ in range(1000000):
                            with lock:
                                counter += 1

                    threads = [threading.Thread(target=increment) for _ in range(4)]

                    for t in threads:
                        t.start()
                    for t in threads:
                        t.join()

                    print(counter)  # Exactly 4000000"""))
            .racy("plain", PlainCounter.class,
                    "count++ on a plain field: read, add and write can interleave, losing increments.")
                .jcstress(CounterStress.Plain.class).lincheck(CounterExperiment.class).junit(CounterExperiment.class)
                .critical("count++")
            .racy("volatile", VolatileCounter.class,
                    "count++ on a volatile field: every access is visible, but ++ is still not atomic.")
                .jcstress(CounterStress.Volatile.class).lincheck(CounterExperiment.class).junit(CounterExperiment.class)
                .critical("count++", "volatile long count")
            .correct("synchronized", SynchronizedCounter.class,
                    "count++ in synchronized methods, the seed's 'with lock:'.")
                .jcstress(CounterStress.Synchronized.class).lincheck(CounterExperiment.class).junit(CounterExperiment.class)
                .critical("synchronized void increment", "synchronized long get")
                .mutant(Mutant.of("split-lock", SplitLockCounter.class,
                        "reads and writes count under the lock, but in two separate blocks", JCSTRESS, LINCHECK, JUNIT))
                .mutant(Mutant.of("fresh-lock", FreshLockCounter.class,
                        "synchronizes on a new Object() per call, which no other thread holds", JCSTRESS, LINCHECK, JUNIT))
            .correct("atomic-long", AtomicCounter.class,
                    "AtomicLong.incrementAndGet(): one atomic read-modify-write.")
                .jcstress(CounterStress.Atomic.class).lincheck(CounterExperiment.class).junit(CounterExperiment.class)
                .critical("count.incrementAndGet()")
                .mutant(Mutant.of("get-then-set", GetThenSetCounter.class,
                        "count.set(count.get() + 1): two atomic calls, not one", JCSTRESS, LINCHECK, JUNIT))
                .mutant(Mutant.of("cas-without-retry", CasWithoutRetryCounter.class,
                        "compareAndSet once and ignore a failure instead of retrying", JCSTRESS, LINCHECK, JUNIT))
            .correct("long-adder", LongAdderCounter.class,
                    "LongAdder.increment(), summed after the threads are joined.")
                .jcstress(CounterStress.Adder.class).lincheck(CounterExperiment.class).junit(CounterExperiment.class)
                .critical("count.increment()", "count.sum()")
                .mutant(Mutant.of("accumulate-max", AccumulateMaxCounter.class,
                        "a LongAccumulator(Long::max) fed get() + 1: a read-modify-write in two steps",
                        JCSTRESS, LINCHECK, JUNIT))
                .mutant(Mutant.of("lazy-adder", LazyAdderCounter.class,
                        "creates the LongAdder lazily on first increment, unsynchronized", JCSTRESS, LINCHECK, JUNIT))
            .build();

    private CounterEntry() {
    }
}
