package dev.racecard.stress;

import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.ReusedEvidence;
import dev.racecard.evidence.RunStatus;
import dev.racecard.history.HistoryKey;
import dev.racecard.history.HistoryStore;
import dev.racecard.report.ingest.JcstressRunTime;
import dev.racecard.stress.StressRuns.GroupRun;
import dev.racecard.stress.StressRuns.PlannedRun;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The jcstress side of the evidence history: a group run whose key matches a run saved before is
 * not run again; its results directory is restored from the history with a marker
 * ({@link ReusedEvidence#MARKER}) from which the report marks those experiments reused.
 * <p>
 * The key is what can change the run's results: the class closure of its tests (each test class,
 * its generated {@code _jcstress} runner, the subject classes they build, the jcstress jar), the
 * classes the results depend on though no test names them ({@link #dependingOn}), the tests, the
 * jcstress options, the fork flags, the CPU priority, the budget and the focus, and the JVM and
 * machine ({@link HistoryKey.Builder#environment()}: the forks run on this JVM's {@code java}).
 * <p>
 * The caller decides what is worth saving ({@link #passed}, {@link #ranWhole}): never a run that
 * failed to run, lost a test or holds an error, nor one reused itself.
 */
public final class GroupHistory {

    private final HistoryStore store;
    private final String focus;
    private final List<String> alsoDependsOn;

    private GroupHistory(HistoryStore store, String focus, List<String> alsoDependsOn) {
        this.store = store;
        this.focus = focus;
        this.alsoDependsOn = List.copyOf(alsoDependsOn);
    }

    /** @param focus a reproduce line's focus, or empty */
    public static GroupHistory of(HistoryStore store, String focus) {
        return new GroupHistory(store, focus, List.of());
    }

    public static GroupHistory off() {
        return of(HistoryStore.off(), "");
    }

    /**
     * The same history, for results that depend on {@code classes} too, though no test class names
     * them: a mutant the forks build by its name, or the driver itself where its own tests run it.
     */
    public GroupHistory dependingOn(String... classes) {
        List<String> all = new ArrayList<>(alsoDependsOn);
        all.addAll(List.of(classes));
        return new GroupHistory(store, focus, all);
    }

    /** The run's key; empty when the history is off. */
    Optional<HistoryKey> key(String budget, PlannedRun run, List<String> forkArgs) {
        if (!store.enabled()) {
            return Optional.empty();
        }
        List<String> roots = new ArrayList<>();
        for (String test : run.tests()) {
            // a test jcstress does not list: its name stands for itself (a missing class in the key)
            StressRuns.info(test).ifPresentOrElse(info -> {
                roots.add(info.binaryName());
                roots.add(info.generatedRunner());
            }, () -> roots.add(test));
        }
        roots.addAll(alsoDependsOn);
        return Optional.of(HistoryKey.builder()
                .classClosure(Thread.currentThread().getContextClassLoader(), roots.toArray(String[]::new))
                .text("tests", String.join(" ", run.tests()))
                .text("jcstress options", String.join(" ", run.options()))
                .text("fork args", String.join(" ", forkArgs))
                .text("priority", StressRuns.yields(run) ? String.join(" ", StressRuns.NICE) : "usual")
                .text("budget", budget)
                .text("focus", focus)
                .environment()
                .build());
    }

    Optional<HistoryStore.Entry> find(HistoryKey key) {
        return store.find(key);
    }

    /** Replaces the results in {@code directory} by the entry's, marked as restored from it. */
    void restore(HistoryStore.Entry entry, Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Path old : StressRuns.resultsFiles(directory)) {
            Files.delete(old);
        }
        for (Path file : entry.files()) {
            Files.copy(file, directory.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
        ReusedEvidence.writeMarker(directory, entry.run(), entry.created());
    }

    /**
     * Saves what each run wrote (its results file, its log, its measured time) and prints a line
     * when any was saved; nothing when off. A run that cannot be saved is a warning line: the
     * history only ever saves time.
     */
    public void saveEach(List<GroupRun> runs, PrintStream out) {
        if (!store.enabled()) {
            return;
        }
        List<String> saved = new ArrayList<>();
        for (GroupRun run : runs) {
            if (run.key() == null || run.reused() != null) {
                throw new IllegalArgumentException(run.plan().directory() + " has no key or was reused: nothing to save");
            }
            try {
                List<Path> files = new ArrayList<>(StressRuns.resultsFiles(run.directory()));
                files.add(run.directory().resolve(StressRuns.LOG));
                files.add(run.directory().resolve(JcstressRunTime.FILE));
                if (store.save(run.key(), files)) {
                    saved.add(run.plan().directory());
                }
            } catch (IOException e) {
                out.println(StressCommand.WARNING + run.plan().directory() + ": not saved in the history: " + e);
            }
        }
        if (!saved.isEmpty()) {
            out.println("stress-runs: saved in the history (" + store.directory() + "): " + String.join(", ", saved));
        }
    }

    /**
     * A run of a project's tests worth keeping: it ran whole and its results hold no forbidden
     * outcome. A racy test's race is an interesting outcome, never a forbidden one; a forbidden
     * outcome is a correct test failing, which the next run must show again, not remember.
     */
    static boolean passed(GroupRun run) {
        return ranWhole(run) && run.results().stream().noneMatch(e -> e.observed(Expectation.FORBIDDEN) > 0);
    }

    /**
     * Ran (not reused), wrote results for every test, and none erred or timed out. A mutant's runs
     * are kept when they ran whole and one of them killed it (a forbidden outcome): its kill is
     * the expected result of a positive control.
     */
    static boolean ranWhole(GroupRun run) {
        return run.key() != null && run.reused() == null && run.problem() == null && run.missingTests().isEmpty()
                && run.results().stream().allMatch(e -> e.status() == RunStatus.OK);
    }

    /** Whether any of these runs' results holds a forbidden outcome: a mutant's kill. */
    static boolean killed(List<GroupRun> runs) {
        return runs.stream().flatMap(r -> r.results().stream()).anyMatch(e -> e.observed(Expectation.FORBIDDEN) > 0);
    }
}
