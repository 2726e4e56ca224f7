package dev.racecard.showcase.shareddict;

import dev.racecard.catalog.*;
import dev.racecard.showcase.Entries;
import dev.racecard.showcase.Seed;

import java.util.ArrayList;
import java.util.List;

import static dev.racecard.catalog.Tool.JCSTRESS;
import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.Tool.LINCHECK;
import static dev.racecard.catalog.VariantKind.CORRECT;
import static dev.racecard.catalog.VariantKind.RACY;

/**
 * Seeds 001/000: workers store their results in a shared dict under {@code with lock:}; without it
 * "the data becomes corrupted". Each racy variant is stressed on its own race (lost puts, double
 * computation); the correct ones on both.
 */
public final class SharedDictEntry {

    private static final List<String> STORE = List.of("store");
    private static final List<String> MEMO = List.of("memo");
    private static final List<String> BOTH = List.of("store", "memo");

    public static final Pattern PATTERN = new Pattern(
            "shared-dict",
            "Shared dict of results",
            "Workers storing results in a plain HashMap lose entries, and check-then-act computes twice "
                    + "even on a ConcurrentHashMap; one lock or computeIfAbsent keeps every result exactly once.",
            List.of(
                    Seed.SEED_001.quote(227, 246,
                            "Getting Results from Threads — Method 1: Shared Variable", """
                            import threading

                            results = {}
                            lock = threading.Lock()

                            def compute(task_id, value):
                                result = value ** 2
                                with lock:
                                    results[task_id] = result

                            threads = []
                            for i in range(5):
                                t = threading.Thread(target=compute, args=(i, i + 10))
                                t.start()
                                threads.append(t)

                            for t in threads:
                                t.join()

                            print(results)  # {0: 100, 1: 121, 2: 144, 3: 169, 4: 196}"""),
                    Seed.SEED_000.quote(209, 211, "Can I pass mutable objects to a thread?", """
                            Can I pass mutable objects to a thread?

                            Yes, but you must synchronize access using locks (see the next article). \
                            If two threads modify the same list or dict without coordination, the data becomes corrupted.""")),
            List.of(
                    dictVariant("plain-hashmap", RACY, "PlainHashMapDict", STORE,
                            "HashMap.put from several threads: two puts can read the same empty bucket or table, "
                                    + "so an entry is lost or the size miscounts.")
                            .markingCritical("new HashMap<>()", "map.put(key, value)"),
                    dictVariant("check-then-act", RACY, "CheckThenActDict", MEMO,
                            "if (!map.containsKey(k)) map.put(k, compute(k)) on a ConcurrentHashMap: each call is "
                                    + "safe, the pair is not, so two threads can compute the same key. Every caller "
                                    + "still gets the right value; the harm is the work, and any side effect of it, "
                                    + "done twice. Not in the seeds (they store under a lock): the dict used as a cache.")
                            .markingCritical("if (!map.containsKey(key))", "map.put(key, compute.applyAsInt(key))"),
                    dictVariant("synchronized", CORRECT, "SynchronizedDict", BOTH,
                            "HashMap behind one monitor, held across check, compute and put: the seed's 'with lock:'.")
                            .markingCritical("public synchronized")
                            .withMutants(
                                    mutant("unlocked-put", "UnlockedPutDict",
                                            "every method synchronized but put, the one the workers call"),
                                    // Lincheck's model checker found no failure in 5 or 20 scenarios (100
                                    // invocations each) of either spec: it runs where the race shows
                                    mutant("lock-per-key", "LockPerKeyDict",
                                            "synchronizes on the boxed key instead of the dict, so puts of different "
                                                    + "keys into the one HashMap hold different monitors", JCSTRESS, JUNIT),
                                    mutant("compute-outside-lock", "ComputeOutsideLockDict",
                                            "looks the key up under the lock, computes unlocked, then locks again "
                                                    + "to store: two callers can both miss and both compute")),
                    dictVariant("compute-if-absent", CORRECT, "ComputeIfAbsentDict", BOTH,
                            "ConcurrentHashMap.put, and computeIfAbsent: check, compute and put as one atomic call.")
                            .markingCritical("map.computeIfAbsent(key, compute::applyAsInt)")
                            .withMutants(
                                    mutant("put-if-absent", "PutIfAbsentDict",
                                            "get, compute on a miss, then putIfAbsent: one value wins, but two callers "
                                                    + "that miss together both compute"),
                                    mutant("hashmap-behind", "HashMapComputeIfAbsentDict",
                                            "the same computeIfAbsent and put calls on a HashMap, whose "
                                                    + "computeIfAbsent and put are not thread-safe"))));

    private SharedDictEntry() {
    }

    /** A mutant that runs through all three tools, as its variant does. */
    private static Mutant mutant(String id, String className, String mistake) {
        return mutant(id, className, mistake, JCSTRESS, LINCHECK, JUNIT);
    }

    /** A mutant that runs only through the tools measured to catch it. */
    private static Mutant mutant(String id, String className, String mistake, Tool... tools) {
        return Mutant.of(id, Entries.PATTERNS + "shareddict.mutants." + className, mistake, tools);
    }

    /**
     * @param checks which programs the variant runs: {@link #STORE} (workers store their results),
     *               {@link #MEMO} (workers share computed results), or both
     */
    private static Variant dictVariant(String id, VariantKind kind, String className, List<String> checks,
                                       String summary) {
        List<ExperimentRef> experiments = new ArrayList<>();
        for (String check : checks) {
            boolean store = check.equals("store");
            experiments.add(Entries.jcstress("shareddict.SharedDictStress." + stressPrefix(className)
                    + (store ? "Puts" : "GetOrCompute")));
            String experiment = "shareddict.SharedDict" + (store ? "Store" : "Memo") + "Experiment#" + id;
            experiments.add(Entries.lincheck(experiment));
            experiments.add(Entries.junit(experiment));
        }
        return new Variant(id, kind, Entries.PATTERNS + "shareddict." + className, summary, experiments);
    }

    /** PlainHashMapDict -> PlainHashMap, the prefix of its jcstress tests. */
    private static String stressPrefix(String className) {
        return className.endsWith("Dict") ? className.substring(0, className.length() - "Dict".length()) : className;
    }
}
