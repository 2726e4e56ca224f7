package dev.racecard.catalog;

import dev.racecard.api.Racecard;

import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.Tool.LINCHECK;

/** Seed 001: worker threads append their results to one list, under a lock. */
final class SharedListEntry {

    private static final String PACKAGE = Entries.PATTERNS + "sharedlist.";
    private static final String EXPERIMENT = Entries.STRESS + "sharedlist.SharedListExperiment";
    private static final String STRESS = Entries.STRESS + "sharedlist.SharedListStress.";

    static final Pattern PATTERN = Racecard.pattern("results-list", "Results collected into a list",
                    "Worker threads append their results to one list: without the seed's lock, results go missing "
                            + "or a worker fails; a synchronized list keeps them all. In CPython one list.append is "
                            + "atomic under the GIL; on the JVM an ArrayList.add is three steps, and not atomic.")
            .seed(new SeedRef(Seed.SEED_001, 432, 451, "Practical Example: Parallel Downloads", """
                    def download_parallel(files):
                        \"""Download files in parallel using threads.\"""
                        results = []
                        lock = threading.Lock()

                        def download_and_store(filename):
                            result = download_file(filename)
                            with lock:
                                results.append(result)

                        threads = []
                        for f in files:
                            t = threading.Thread(target=download_and_store, args=(f,))
                            t.start()
                            threads.append(t)

                        for t in threads:
                            t.join()

                        return results"""))
            .racy("plain-arraylist", PACKAGE + "PlainArrayList",
                    "results.add(result) on a plain ArrayList from every worker: the seed without its lock.")
                .jcstress(STRESS + "PlainArrayList").lincheck(EXPERIMENT).junit(EXPERIMENT)
                .critical("results.add(result)")
            .correct("synchronized-list", PACKAGE + "SynchronizedSharedList",
                    "Collections.synchronizedList: every call under the list's lock (the copy too, through "
                            + "toArray); the stream that counts the results holds the list's lock, as its javadoc "
                            + "requires of any traversal.")
                .jcstress(STRESS + "SynchronizedList").lincheck(EXPERIMENT).junit(EXPERIMENT)
                .critical("Collections.synchronizedList(new ArrayList<>())", "synchronized (results) {")
                .mutant(Mutant.of("wrapper-per-call", PACKAGE + "mutants.WrapperPerCallList",
                        "wraps the shared ArrayList in synchronizedList at every call: each wrapper locks only itself",
                        LINCHECK, JUNIT))
                .mutant(Mutant.of("copy-on-write-by-hand", PACKAGE + "mutants.CopyOnWriteByHandList",
                        "copies the list, adds, and publishes it through a volatile field: two adds can copy the "
                                + "same list", LINCHECK, JUNIT))
                .mutant(Mutant.of("unlocked-stream", PACKAGE + "mutants.UnlockedStreamList",
                        "streams the synchronized list without its lock: the stream walks the ArrayList while "
                                + "workers add", JUNIT))
            .build();

    private SharedListEntry() {
    }
}
