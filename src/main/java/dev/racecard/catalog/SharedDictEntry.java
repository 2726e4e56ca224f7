package dev.racecard.catalog;

import java.util.List;

import static dev.racecard.catalog.VariantKind.CORRECT;
import static dev.racecard.catalog.VariantKind.RACY;

/**
 * Seeds 001/000: workers store their results in a shared dict under {@code with lock:}; without it
 * "the data becomes corrupted". Each racy variant is stressed on its own race (lost puts, double
 * computation); the correct ones on both.
 */
final class SharedDictEntry {

    private static final String PUTS = "Puts";
    private static final String GET_OR_COMPUTE = "GetOrCompute";

    static final Pattern PATTERN = new Pattern(
            "shared-dict",
            "Shared dict of results",
            "Workers storing results in a plain HashMap lose entries, and check-then-act computes twice "
                    + "even on a ConcurrentHashMap; one lock or computeIfAbsent keeps every result exactly once.",
            List.of(
                    new SeedRef("001_dbc67627af8bdde4.txt", 227, 246,
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
                    new SeedRef("000_dc88a222f4eb776f.txt", 209, 211, "Can I pass mutable objects to a thread?", """
                            Can I pass mutable objects to a thread?

                            Yes, but you must synchronize access using locks (see the next article). \
                            If two threads modify the same list or dict without coordination, the data becomes corrupted.""")),
            List.of(
                    dictVariant("plain-hashmap", RACY, "PlainHashMapDict", List.of(puts("PlainHashMap"), spec("PlainHashMapSpec"), store("plain-hashmap")),
                            "HashMap.put from several threads: two puts can read the same empty bucket or table, "
                                    + "so an entry is lost or the size miscounts.")
                            .markingCritical("new HashMap<>()", "map.put(key, value)"),
                    dictVariant("check-then-act", RACY, "CheckThenActDict", List.of(getOrCompute("CheckThenAct"), spec("CheckThenActMemoSpec"), memo("check-then-act")),
                            "if (!map.containsKey(k)) map.put(k, compute(k)) on a ConcurrentHashMap: each call is "
                                    + "safe, the pair is not, so two threads compute the same key.")
                            .markingCritical("if (!map.containsKey(key))", "map.put(key, compute.applyAsInt(key))"),
                    dictVariant("synchronized", CORRECT, "SynchronizedDict",
                            List.of(puts("Synchronized"), getOrCompute("Synchronized"), spec("SynchronizedDictSpec"),
                                    spec("SynchronizedMemoSpec"), store("synchronized"), memo("synchronized")),
                            "HashMap behind one monitor, held across check, compute and put: the seed's 'with lock:'.")
                            .markingCritical("public synchronized"),
                    dictVariant("compute-if-absent", CORRECT, "ComputeIfAbsentDict",
                            List.of(puts("ComputeIfAbsent"), getOrCompute("ComputeIfAbsent"), spec("ConcurrentHashMapDictSpec"),
                                    spec("ComputeIfAbsentMemoSpec"), store("compute-if-absent"), memo("compute-if-absent")),
                            "ConcurrentHashMap.put, and computeIfAbsent: check, compute and put as one atomic call.")
                            .markingCritical("map.computeIfAbsent(key, compute::applyAsInt)")));

    private SharedDictEntry() {
    }

    private static Variant dictVariant(String id, VariantKind kind, String className, List<ExperimentRef> experiments,
                                       String summary) {
        return new Variant(id, kind, Entries.PATTERNS + "shareddict." + className, summary, experiments);
    }

    private static ExperimentRef puts(String prefix) {
        return Entries.jcstress("shareddict.SharedDictStress." + prefix + PUTS);
    }

    private static ExperimentRef getOrCompute(String prefix) {
        return Entries.jcstress("shareddict.SharedDictStress." + prefix + GET_OR_COMPUTE);
    }

    private static ExperimentRef spec(String specClass) {
        return Entries.lincheck("shareddict.SharedDictLincheckExperiment$" + specClass);
    }

    private static ExperimentRef store(String variantId) {
        return Entries.junit("shareddict.SharedDictSeedExperiment#store:" + variantId);
    }

    private static ExperimentRef memo(String variantId) {
        return Entries.junit("shareddict.SharedDictSeedExperiment#memo:" + variantId);
    }
}
