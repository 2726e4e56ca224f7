package dev.racecard.showcase.threadlocal;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Pattern;
import dev.racecard.catalog.Tool;
import dev.racecard.showcase.Seed;
import dev.racecard.showcase.threadlocal.mutants.NeverRemovedContext;
import dev.racecard.showcase.threadlocal.mutants.RemoveOutsideFinallyContext;
import dev.racecard.showcase.threadlocal.mutants.SharedInitialValueContext;

import static dev.racecard.catalog.Tool.JCSTRESS;
import static dev.racecard.catalog.Tool.JUNIT;

/** Seeds 001/002: thread-local storage, each thread with its own copy of its data. */
public final class ThreadLocalEntry {

    public static final Pattern PATTERN = Racecard.pattern("thread-local", "Per-thread state (thread-local)",
                    "Per-worker state kept in one shared object is overwritten by the other workers; a ThreadLocal "
                            + "gives each thread its own, and removing it when the task ends keeps a pooled thread's "
                            + "next task from inheriting it (the seed's \"cleaned up when thread exits\" is not true "
                            + "of a pool, whose threads do not exit).")
            .seed(Seed.SEED_001.quote(907, 931, "ADVANCED: Thread-Local Storage", """
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
            .seed(Seed.SEED_002.quote(225, 225, "Common Pitfalls",
                    "  • Modifying globals carelessly: Use locks or thread-local storage"))
            .racy("shared-fields", SharedFieldContext.class,
                    "the worker's id and count in plain fields of one object every worker uses.")
                .jcstress(ThreadLocalStress.SharedFields.class).junit(ThreadLocalExperiment.class)
                .critical("workerId = id;", "counter++;")
            .correct("thread-local", ThreadLocalContext.class,
                    "ThreadLocal.withInitial(State::new), and remove() in finally when the task ends, also when "
                            + "it throws.")
                .jcstress(ThreadLocalStress.WithThreadLocal.class).junit(ThreadLocalExperiment.class)
                .critical("ThreadLocal.withInitial(State::new)", "state.remove();")
                .mutant(Mutant.of("never-removed", NeverRemovedContext.class,
                        "never calls remove(): the next task on a pooled thread finds the last one's state", JUNIT))
                .mutant(Mutant.of("remove-outside-finally", RemoveOutsideFinallyContext.class,
                        "remove() after the task, not in finally: a task that throws leaves its state to the next "
                                + "task on its pooled thread", JUNIT))
                .mutant(Mutant.of("shared-initial-value", SharedInitialValueContext.class,
                        "withInitial(() -> initial) with one object made up front: every thread's copy is the same",
                        JCSTRESS, JUNIT))
            .build();

    private ThreadLocalEntry() {
    }
}
