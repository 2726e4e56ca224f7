package dev.racecard.showcase.counter;

import dev.racecard.catalog.*;
import dev.racecard.showcase.Entries;
import dev.racecard.showcase.Seed;

import java.util.List;

import static dev.racecard.catalog.Tool.JCSTRESS;
import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.Tool.LINCHECK;
import static dev.racecard.catalog.VariantKind.CORRECT;
import static dev.racecard.catalog.VariantKind.RACY;

/** Seeds 002/003: {@code counter += 1} from four threads, and the {@code with lock:} fix. */
public final class CounterEntry {

    public static final Pattern PATTERN = new Pattern(
            "counter",
            "Shared counter",
            "counter += 1 from several threads loses increments; a lock makes the count exact.",
            List.of(
                    Seed.SEED_002.quote(80, 94, "Sharing Data Between Threads", """
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

                            print(counter)  # Likely less than 4000000!"""),
                    Seed.SEED_002.quote(104, 120, "Locks: Protecting Shared Data", """
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

                            print(counter)  # Exactly 4000000""")),
            List.of(
                    counterVariant("plain", RACY, "PlainCounter", "Plain",
                            "count++ on a plain field: read, add and write can interleave, losing increments.")
                            .markingCritical("count++"),
                    counterVariant("volatile", RACY, "VolatileCounter", "Volatile",
                            "count++ on a volatile field: every access is visible, but ++ is still not atomic.")
                            .markingCritical("count++", "volatile long count"),
                    counterVariant("synchronized", CORRECT, "SynchronizedCounter", "Synchronized",
                            "count++ in synchronized methods, the seed's 'with lock:'.")
                            .markingCritical("synchronized void increment", "synchronized long get")
                            .withMutants(
                                    mutant("split-lock", "SplitLockCounter",
                                            "reads and writes count under the lock, but in two separate blocks"),
                                    mutant("fresh-lock", "FreshLockCounter",
                                            "synchronizes on a new Object() per call, which no other thread holds")),
                    counterVariant("atomic-long", CORRECT, "AtomicCounter", "Atomic",
                            "AtomicLong.incrementAndGet(): one atomic read-modify-write.")
                            .markingCritical("count.incrementAndGet()")
                            .withMutants(
                                    mutant("get-then-set", "GetThenSetCounter",
                                            "count.set(count.get() + 1): two atomic calls, not one"),
                                    mutant("cas-without-retry", "CasWithoutRetryCounter",
                                            "compareAndSet once and ignore a failure instead of retrying")),
                    counterVariant("long-adder", CORRECT, "LongAdderCounter", "Adder",
                            "LongAdder.increment(), summed after the threads are joined.")
                            .markingCritical("count.increment()", "count.sum()")
                            .withMutants(
                                    mutant("accumulate-max", "AccumulateMaxCounter",
                                            "a LongAccumulator(Long::max) fed get() + 1: a read-modify-write in two steps"),
                                    mutant("lazy-adder", "LazyAdderCounter",
                                            "creates the LongAdder lazily on first increment, unsynchronized"))));

    private CounterEntry() {
    }

    /** Every counter mutant runs through all three tools, as its variant does. */
    private static Mutant mutant(String id, String className, String mistake) {
        return Mutant.of(id, Entries.PATTERNS + "counter.mutants." + className, mistake, JCSTRESS, LINCHECK, JUNIT);
    }

    private static Variant counterVariant(String id, VariantKind kind, String className, String stressName,
                                          String summary) {
        return new Variant(id, kind, Entries.PATTERNS + "counter." + className, summary, List.of(
                Entries.jcstress("counter.CounterStress." + stressName),
                Entries.lincheck("counter.CounterExperiment#" + id),
                Entries.junit("counter.CounterExperiment#" + id)));
    }
}
