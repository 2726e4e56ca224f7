package dev.racecard.junit;

import dev.racecard.catalog.Focus;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.evidence.Counterexample;
import dev.racecard.evidence.Expectation;
import dev.racecard.evidence.Experiment;
import dev.racecard.reproduce.Reproduce;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link RacecardTest} records for its subject (a variant, or a mutant in its place), as
 * evidence files the report reads: a Lincheck model check ({@link #lincheck}, {@link #lincheckProgram})
 * or repeated trials ({@link #trials}, {@link #childJvmTrials}). It records; it asserts nothing
 * about racy or correct outcomes: the gate judges, so a racy variant's test passes when its race
 * shows, and a broken correct variant (or a mutant the experiment catches) fails the build through
 * the gate, naming it.
 */
public final class Evidence {

    private final Subject subject;
    private final Class<?> testClass;
    private final Path directory;
    /** What this invocation wrote, by file: a file written twice holds the last experiment, as on disk. */
    private final Map<Path, Experiment> recorded = new LinkedHashMap<>();

    Evidence(Subject subject, Class<?> testClass, Path directory) {
        this.subject = subject;
        this.testClass = testClass;
        this.directory = directory;
    }

    public String pattern() {
        return subject.pattern();
    }

    public Variant variant() {
        return subject.variant();
    }

    /** The variant, or the mutant in its place. */
    public Subject subject() {
        return subject;
    }

    /** A new instance of the subject's implementation, built with its public constructor that takes {@code args}. */
    public <T> T create(Class<T> api, Object... args) {
        return subject.create(api, args);
    }

    /** The experiment's test id, as the catalog declares it: {@code <test class>#<variant>}, for a mutant too. */
    public String testId() {
        return subject.testId(testClass);
    }

    Path directory() {
        return directory;
    }

    /** Writes an experiment's evidence file and remembers it: what the history saves of this invocation. */
    void record(Experiment experiment) {
        recorded.put(EvidenceDirectory.write(directory, experiment), experiment);
    }

    /** Every experiment this invocation recorded, one per evidence file. */
    List<Experiment> recorded() {
        return List.copyOf(recorded.values());
    }

    /** How the race's outcome is graded: the point of a racy variant, a bug in a correct one and its mutants. */
    public Expectation raceExpectation() {
        return subject.raceOutcome();
    }

    /**
     * Model-checks {@code spec} with Lincheck and records it; the race is results no sequential
     * order explains. The spec's constructor builds the subject with {@link UnderTest#create}. Set
     * the budget explicitly (Lincheck's defaults take ~50 s per spec).
     *
     * @return the counterexample if Lincheck found a failure of that kind, else null
     */
    public Counterexample lincheck(ModelCheckingOptions options, Class<?> spec) {
        return lincheck(options, spec, LincheckFailureKind.INVALID_RESULTS);
    }

    /**
     * As {@link #lincheck(ModelCheckingOptions, Class)}, for a race that shows as another kind of
     * failure (e.g. {@link LincheckFailureKind#HANG}); a failure of any other kind is recorded as an
     * error of the experiment, never as the race.
     */
    public Counterexample lincheck(ModelCheckingOptions options, Class<?> spec, LincheckFailureKind race) {
        return runs(Tool.LINCHECK) ? UnderTest.during(subject, () -> LincheckRuns.check(this, options, spec, race)) : null;
    }

    /**
     * Model-checks a whole program, threads and all ({@code Lincheck.runConcurrentTest}): for races
     * in the order of a program's steps that no single object's operations show. The program shows
     * the race by throwing an AssertionError. Build the subject inside the program with {@code new},
     * not {@link #create}: Lincheck 3.7 reports a program that builds its object by reflection
     * (a Constructor, a MethodHandle, a LambdaMetafactory supplier) as hung after 60 s, and 3.6 saw
     * no race on it (both measured).
     *
     * @return the counterexample if Lincheck found a failing interleaving, else null
     */
    public Counterexample lincheckProgram(int invocations, Runnable program) {
        return runs(Tool.LINCHECK) ? UnderTest.during(subject, () -> LincheckRuns.program(this, invocations, program))
                : null;
    }

    /** Repeated trials of the subject in this JVM, each ending in one declared outcome. */
    public Trials trials(int count) {
        return new Trials(this, Tool.JUNIT, count);
    }

    /**
     * Repeated trials that each start a child JVM ({@link dev.racecard.experiments.ChildJvm}): for
     * what only a process shows (it never exits, it exits before its work is done).
     */
    public Trials childJvmTrials(int count) {
        return new Trials(this, Tool.CHILD_JVM, count);
    }

    /**
     * Whether this subject runs through {@code tool} here: a mutant only through the tools the run
     * selects it for, and, under a reproduce line's focus ({@code -Dracecard.focus}, which surefire
     * passes to the tests), only the focused experiment; otherwise nothing is recorded.
     */
    boolean runs(Tool tool) {
        String focus = System.getProperty(Reproduce.FOCUS_PROPERTY, "");
        if (!focus.isBlank()) {
            Focus f = Focus.parse(focus.strip());
            return f.tool() == tool && f.testId().equals(testId())
                    && (subject.mutant() == null || subject.mutant().id().equals(f.mutant()));
        }
        return subject.mutant() == null || SubjectSelection.mutants().runs(subject.mutant(), tool);
    }
}
