package dev.racecard.showcase.resultslist;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.resultslist.mutants.CopyOnWriteByHandList;
import dev.racecard.showcase.resultslist.mutants.UnlockedStreamList;
import dev.racecard.showcase.resultslist.mutants.WrapperPerCallList;

import static dev.racecard.catalog.Tool.JUNIT;
import static dev.racecard.catalog.Tool.LINCHECK;

/** Seed 001: worker threads append their results to one list, under a lock. */
public final class SharedListEntry {

    public static final Pattern PATTERN = Racecard.pattern("results-list", "Results collected into a list",
                    "Worker threads append their results to one list: without the seed's lock, results go missing "
                            + "or a worker fails; a synchronized list keeps them all. In CPython one list.append is "
                            + "atomic under the GIL; on the JVM an ArrayList.add is three steps, and not atomic.")
            .seed(Seed.SEED_001.quote(432, 451, "Practical Example: Parallel Downloads", """
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
            .racy("plain-arraylist", PlainArrayList.class,
                    "results.add(result) on a plain ArrayList from every worker: the seed without its lock.")
                .jcstress(SharedListStress.PlainArrayList.class).lincheck(SharedListExperiment.class).junit(SharedListExperiment.class)
                .critical("results.add(result)")
            .correct("synchronized-list", SynchronizedSharedList.class,
                    "Collections.synchronizedList: every call under the list's lock (the copy too, through "
                            + "toArray); the stream that counts the results holds the list's lock, as its javadoc "
                            + "requires of any traversal.")
                .jcstress(SharedListStress.SynchronizedList.class).lincheck(SharedListExperiment.class).junit(SharedListExperiment.class)
                .critical("Collections.synchronizedList(new ArrayList<>())", "synchronized (results) {")
                .mutant(Mutant.of("wrapper-per-call", WrapperPerCallList.class,
                        "wraps the shared ArrayList in synchronizedList at every call: each wrapper locks only itself",
                        LINCHECK, JUNIT))
                .mutant(Mutant.of("copy-on-write-by-hand", CopyOnWriteByHandList.class,
                        "copies the list, adds, and publishes it through a volatile field: two adds can copy the "
                                + "same list", LINCHECK, JUNIT))
                .mutant(Mutant.of("unlocked-stream", UnlockedStreamList.class,
                        "streams the synchronized list without its lock: the stream walks the ArrayList while "
                                + "workers add", JUNIT))
            .build();

    private SharedListEntry() {
    }
}
