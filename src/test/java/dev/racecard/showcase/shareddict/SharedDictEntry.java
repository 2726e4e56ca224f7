package dev.racecard.showcase.shareddict;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.shareddict.mutants.ComputeOutsideLockDict;
import dev.racecard.showcase.shareddict.mutants.HashMapComputeIfAbsentDict;
import dev.racecard.showcase.shareddict.mutants.LockPerKeyDict;
import dev.racecard.showcase.shareddict.mutants.PutIfAbsentDict;
import dev.racecard.showcase.shareddict.mutants.UnlockedPutDict;

import static dev.racecard.catalog.Tool.JCSTRESS;
import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.Tool.LINCHECK;

/**
 * Seeds 001/000: workers store their results in a shared dict under {@code with lock:}; without it
 * "the data becomes corrupted". Two programs: workers store their results (the Puts jcstress
 * tests, SharedDictStoreExperiment) and workers share computed results (GetOrCompute,
 * SharedDictMemoExperiment). Each racy variant is stressed on its own race (lost puts, double
 * computation); the correct ones on both.
 */
public final class SharedDictEntry {

    public static final Pattern PATTERN = Racecard.pattern("shared-dict", "Shared dict of results",
                    "Workers storing results in a plain HashMap lose entries, and check-then-act computes twice "
                            + "even on a ConcurrentHashMap; one lock or computeIfAbsent keeps every result exactly once.")
            .seed(Seed.SEED_001.quote(227, 246,
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

                    print(results)  # {0: 100, 1: 121, 2: 144, 3: 169, 4: 196}"""))
            .seed(Seed.SEED_000.quote(209, 211, "Can I pass mutable objects to a thread?", """
                    Can I pass mutable objects to a thread?

                    Yes, but you must synchronize access using locks (see the next article). \
                    If two threads modify the same list or dict without coordination, the data becomes corrupted."""))
            .racy("plain-hashmap", PlainHashMapDict.class,
                    "HashMap.put from several threads: two puts can read the same empty bucket or table, "
                            + "so an entry is lost or the size miscounts.")
                .jcstress(SharedDictStress.PlainHashMapPuts.class)
                .lincheck(SharedDictStoreExperiment.class).junit(SharedDictStoreExperiment.class)
                .critical("new HashMap<>()", "map.put(key, value)")
            .racy("check-then-act", CheckThenActDict.class,
                    "if (!map.containsKey(k)) map.put(k, compute(k)) on a ConcurrentHashMap: each call is "
                            + "safe, the pair is not, so two threads can compute the same key. Every caller "
                            + "still gets the right value; the harm is the work, and any side effect of it, "
                            + "done twice. Not in the seeds (they store under a lock): the dict used as a cache.")
                .jcstress(SharedDictStress.CheckThenActGetOrCompute.class)
                .lincheck(SharedDictMemoExperiment.class).junit(SharedDictMemoExperiment.class)
                .critical("if (!map.containsKey(key))", "map.put(key, compute.applyAsInt(key))")
            .correct("synchronized", SynchronizedDict.class,
                    "HashMap behind one monitor, held across check, compute and put: the seed's 'with lock:'.")
                .jcstress(SharedDictStress.SynchronizedPuts.class)
                .lincheck(SharedDictStoreExperiment.class).junit(SharedDictStoreExperiment.class)
                .jcstress(SharedDictStress.SynchronizedGetOrCompute.class)
                .lincheck(SharedDictMemoExperiment.class).junit(SharedDictMemoExperiment.class)
                .critical("public synchronized")
                .mutant(Mutant.of("unlocked-put", UnlockedPutDict.class,
                        "every method synchronized but put, the one the workers call", JCSTRESS, LINCHECK, JUNIT))
                // Lincheck's model checker found no failure in 5 or 20 scenarios (100 invocations each)
                // of either spec: it runs where the race shows
                .mutant(Mutant.of("lock-per-key", LockPerKeyDict.class,
                        "synchronizes on the boxed key instead of the dict, so puts of different keys into the "
                                + "one HashMap hold different monitors", JCSTRESS, JUNIT))
                .mutant(Mutant.of("compute-outside-lock", ComputeOutsideLockDict.class,
                        "looks the key up under the lock, computes unlocked, then locks again to store: two "
                                + "callers can both miss and both compute", JCSTRESS, LINCHECK, JUNIT))
            .correct("compute-if-absent", ComputeIfAbsentDict.class,
                    "ConcurrentHashMap.put, and computeIfAbsent: check, compute and put as one atomic call.")
                .jcstress(SharedDictStress.ComputeIfAbsentPuts.class)
                .lincheck(SharedDictStoreExperiment.class).junit(SharedDictStoreExperiment.class)
                .jcstress(SharedDictStress.ComputeIfAbsentGetOrCompute.class)
                .lincheck(SharedDictMemoExperiment.class).junit(SharedDictMemoExperiment.class)
                .critical("map.computeIfAbsent(key, compute::applyAsInt)")
                .mutant(Mutant.of("put-if-absent", PutIfAbsentDict.class,
                        "get, compute on a miss, then putIfAbsent: one value wins, but two callers that miss "
                                + "together both compute", JCSTRESS, LINCHECK, JUNIT))
                .mutant(Mutant.of("hashmap-behind", HashMapComputeIfAbsentDict.class,
                        "the same computeIfAbsent and put calls on a HashMap, whose computeIfAbsent and put are "
                                + "not thread-safe", JCSTRESS, LINCHECK, JUNIT))
            .build();

    private SharedDictEntry() {
    }
}
