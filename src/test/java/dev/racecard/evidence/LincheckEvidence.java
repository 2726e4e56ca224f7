package dev.racecard.evidence;

import dev.racecard.junit.UnderTest;
import dev.racecard.junit.Subject;
import dev.racecard.catalog.Tool;
import dev.racecard.junit.LincheckFailureKind;
import dev.racecard.junit.LincheckRuns;
import dev.racecard.report.model.Counterexample;
import dev.racecard.report.reproduce.Reproduce;
import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.datastructures.CTestConfiguration;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a Lincheck model-checking spec (or a whole program) against a subject and records the
 * result as evidence. The outcome counts scenarios: a pass is every scenario of the budget
 * explored without a failure; a failure of the kind the experiment declares is the race, with
 * the counterexample Lincheck printed. A failure of any other kind (a hang where none was
 * expected, an unexpected exception, Lincheck's own error) is recorded as an ERROR: a tool
 * failure is never the race.
 */
public final class LincheckEvidence {


    private LincheckEvidence() {
    }

    /**
     * A model-checking budget; see README "Budgets" for how it was chosen.
     *
     * @param actorsBefore operations run alone before the threads start (Lincheck's default: 5); 0 when
     *                     the race is in a fresh object's first use, which an initial operation would do alone
     */
    public record Budget(int iterations, int invocationsPerIteration, int threads, int actorsPerThread,
                         int actorsBefore) {

        public Budget(int iterations, int invocationsPerIteration, int threads, int actorsPerThread) {
            this(iterations, invocationsPerIteration, threads, actorsPerThread, CTestConfiguration.DEFAULT_ACTORS_BEFORE);
        }

        int scenarios() {
            return iterations * Budgets.scale(); // more scenarios under -Pthorough
        }

        ModelCheckingOptions options() {
            return new ModelCheckingOptions()
                    .iterations(scenarios())
                    .invocationsPerIteration(invocationsPerIteration)
                    .threads(threads)
                    .actorsPerThread(actorsPerThread)
                    .actorsBefore(actorsBefore);
        }

        Map<String, String> settings() {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("strategy", "model checking");
            s.put("iterations (scenarios)", Integer.toString(scenarios()));
            s.put("invocations per iteration", Integer.toString(invocationsPerIteration));
            s.put("threads", Integer.toString(threads));
            s.put("operations per thread", Integer.toString(actorsPerThread));
            s.put("operations before the threads", Integer.toString(actorsBefore));
            return s;
        }
    }

    /**
     * Model-checks {@code spec} with {@code subject} as the implementation its constructor gets
     * from {@link UnderTest}; the race is non-linearizable results.
     *
     * @return the counterexample if Lincheck found the race, else null
     */
    public static Counterexample check(Subject subject, String testId, Class<?> spec, Budget budget) {
        return check(subject, testId, spec, budget, LincheckFailureKind.INVALID_RESULTS);
    }

    /** As {@link #check(Subject, String, Class, Budget)}, for a race that shows as another kind of failure. */
    public static Counterexample check(Subject subject, String testId, Class<?> spec, Budget budget,
                                       LincheckFailureKind race) {
        Subjects.skipUnlessFocused(Tool.LINCHECK, testId);
        return UnderTest.during(subject, () -> run(subject, testId, budget.settings(),
                budget.scenarios(), race, LincheckRuns.NO_VIOLATION, "scenarios whose every explored execution matched some "
                        + "sequential order of the operations",
                LincheckRuns.VIOLATION, "an execution produced results no sequential order can explain",
                // a racy variant's counterexample is read by people: shrink it; a mutant's only has to be found
                () -> budget.options().minimizeFailedScenario(subject.mutant() == null).check(spec)));
    }

    /**
     * Model-checks a whole program, threads and all, with {@code Lincheck.runConcurrentTest}: for
     * races in the order of a program's steps (e.g. reading before a join) that no single object's
     * operations show. The program shows the race by throwing an AssertionError.
     *
     * @return the counterexample if Lincheck found a failing interleaving, else null
     */
    public static Counterexample checkProgram(Subject subject, String testId, int invocations, Runnable program) {
        Subjects.skipUnlessFocused(Tool.LINCHECK, testId);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(Reproduce.SCALE_SETTING, Integer.toString(Budgets.scale())); // for the reproduce line
        return UnderTest.during(subject, () -> LincheckRuns.run(LincheckRuns.program(subject, testId, settings, invocations),
                () -> Lincheck.runConcurrentTest(invocations, program), EvidenceSink.dir()));
    }

    private static Counterexample run(Subject subject, String testId, Map<String, String> settings, int effort,
                                      LincheckFailureKind race, String passId, String passDescription,
                                      String failId, String failDescription, Runnable lincheck) {
        settings.put(Reproduce.SCALE_SETTING, Integer.toString(Budgets.scale())); // for the reproduce line
        // the one Lincheck recording path, shared with the JUnit extension's Evidence.lincheck
        return LincheckRuns.run(new LincheckRuns.Check(subject.pattern(), subject.variantId(), subject.mutantId(),
                subject.raceOutcome(), testId, settings, effort, "scenarios", race, passId, passDescription, failId,
                failDescription), lincheck, EvidenceSink.dir());
    }


    static Counterexample counterexample(String message) {
        return LincheckRuns.counterexample(message);
    }
}
