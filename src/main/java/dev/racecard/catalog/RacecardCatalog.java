package dev.racecard.catalog;

import java.util.List;
import java.util.Set;

import static dev.racecard.catalog.Tool.JCSTRESS;
import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.Tool.LINCHECK;
import static dev.racecard.catalog.VariantKind.CORRECT;
import static dev.racecard.catalog.VariantKind.RACY;

/**
 * The one declared list of Racecard's own patterns. Every variant here must have evidence from
 * each of its tools, or the gate fails; evidence for anything not listed here fails it too.
 */
public final class RacecardCatalog {

    private static final String PATTERNS = "dev.racecard.patterns.";
    private static final String STRESS = "dev.racecard.";
    private static final Set<Tool> ALL_THREE = Set.of(JCSTRESS, LINCHECK, JUNIT);

    public static final Pattern COUNTER = new Pattern(
            "counter",
            "Shared counter",
            "counter += 1 from several threads loses increments; a lock makes the count exact.",
            List.of(
                    new SeedRef("002_96dffee7bc39aca5.txt", 80, 94, "Sharing Data Between Threads", """
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
                    new SeedRef("002_96dffee7bc39aca5.txt", 104, 120, "Locks: Protecting Shared Data", """
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
                            "count++ on a plain field: read, add and write can interleave, losing increments."),
                    counterVariant("volatile", RACY, "VolatileCounter", "Volatile",
                            "count++ on a volatile field: every access is visible, but ++ is still not atomic."),
                    counterVariant("synchronized", CORRECT, "SynchronizedCounter", "Synchronized",
                            "count++ in synchronized methods, the seed's 'with lock:'."),
                    counterVariant("atomic-long", CORRECT, "AtomicCounter", "Atomic",
                            "AtomicLong.incrementAndGet(): one atomic read-modify-write."),
                    counterVariant("long-adder", CORRECT, "LongAdderCounter", "Adder",
                            "LongAdder.increment(), summed after the threads are joined.")));

    public static final Catalog CATALOG = new Catalog(List.of(COUNTER));

    private RacecardCatalog() {
    }

    private static Variant counterVariant(String id, VariantKind kind, String className, String stressName,
                                          String summary) {
        return new Variant(id, kind, PATTERNS + "counter." + className, summary, ALL_THREE,
                List.of(STRESS + "counter.CounterStress." + stressName));
    }
}
