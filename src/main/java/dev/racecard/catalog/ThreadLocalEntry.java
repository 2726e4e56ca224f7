package dev.racecard.catalog;

import dev.racecard.api.Racecard;

import static dev.racecard.catalog.Tool.JCSTRESS;
import static dev.racecard.catalog.Tool.JUNIT;

/** Seeds 001/002: thread-local storage, each thread with its own copy of its data. */
final class ThreadLocalEntry {

    private static final String PACKAGE = Entries.PATTERNS + "threadlocal.";
    private static final String EXPERIMENT = Entries.STRESS + "threadlocal.ThreadLocalExperiment";
    private static final String STRESS = Entries.STRESS + "threadlocal.ThreadLocalStress.";

    static final Pattern PATTERN = Racecard.pattern("thread-local", "Per-thread state (thread-local)",
                    "Per-worker state kept in one shared object is overwritten by the other workers; a ThreadLocal "
                            + "gives each thread its own, and removing it when the task ends keeps a pooled thread's "
                            + "next task from inheriting it (the seed's \"cleaned up when thread exits\" is not true "
                            + "of a pool, whose threads do not exit).")
            .seed(new SeedRef(Seed.SEED_001, 907, 931, "ADVANCED: Thread-Local Storage", """
                    def thread_local_storage_example():
                        \"""
                        Thread-local storage: Each thread gets its own copy of data.
                        Useful for storing per-thread state without passing it around.
                        \"""
                        print("=" * 70)
                        print("ADVANCED: Thread-Local Storage")
                        print("=" * 70)

                        # Create thread-local storage
                        thread_local = threading.local()

                        def worker(worker_id):
                            \"""
                            Each thread stores its own data in thread_local.

                            Args:
                                worker_id: Worker identifier
                            \"""
                            # Store thread-specific data
                            thread_local.worker_id = worker_id
                            thread_local.counter = 0
                            thread_local.name = f"Worker-{worker_id}"

                            print(f"[{thread_local.name}] Starting work")"""))
            .seed(new SeedRef(Seed.SEED_002, 225, 225, "Common Pitfalls",
                    "  • Modifying globals carelessly: Use locks or thread-local storage"))
            .racy("shared-fields", PACKAGE + "SharedFieldContext",
                    "the worker's id and count in plain fields of one object every worker uses.")
                .jcstress(STRESS + "SharedFields").junit(EXPERIMENT)
                .critical("workerId = id;", "counter++;")
            .correct("thread-local", PACKAGE + "ThreadLocalContext",
                    "ThreadLocal.withInitial(State::new), and remove() in finally when the task ends, also when "
                            + "it throws.")
                .jcstress(STRESS + "WithThreadLocal").junit(EXPERIMENT)
                .critical("ThreadLocal.withInitial(State::new)", "state.remove();")
                .mutant(Mutant.of("never-removed", PACKAGE + "mutants.NeverRemovedContext",
                        "never calls remove(): the next task on a pooled thread finds the last one's state", JUNIT))
                .mutant(Mutant.of("remove-outside-finally", PACKAGE + "mutants.RemoveOutsideFinallyContext",
                        "remove() after the task, not in finally: a task that throws leaves its state to the next "
                                + "task on its pooled thread", JUNIT))
                .mutant(Mutant.of("shared-initial-value", PACKAGE + "mutants.SharedInitialValueContext",
                        "withInitial(() -> initial) with one object made up front: every thread's copy is the same",
                        JCSTRESS, JUNIT))
            .build();

    private ThreadLocalEntry() {
    }
}
