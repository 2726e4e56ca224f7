package dev.racecard.junit;

import dev.racecard.api.Racecard;
import dev.racecard.catalog.Focus;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.report.model.Counterexample;
import dev.racecard.report.model.Expectation;
import dev.racecard.report.reproduce.Reproduce;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;

import java.nio.file.Path;

/**
 * What a {@link RacecardVariant} test records, as evidence files the report reads: a Lincheck
 * model check ({@link #lincheck}) or repeated trials ({@link #trials}). It records; it asserts
 * nothing about racy or correct outcomes: the gate judges, so a racy variant's test passes when
 * its race shows, and a broken correct variant fails the build through the gate, naming it.
 */
public final class Evidence {

    private final String pattern;
    private final Variant variant;
    private final Class<?> testClass;
    private final Path directory;

    Evidence(String pattern, Variant variant, Class<?> testClass, Path directory) {
        this.pattern = pattern;
        this.variant = variant;
        this.testClass = testClass;
        this.directory = directory;
    }

    public String pattern() {
        return pattern;
    }

    public Variant variant() {
        return variant;
    }

    /** The experiment's test id, as the catalog declares it: {@code <test class>#<variant>}. */
    public String testId() {
        return Racecard.testId(testClass, variant.id());
    }

    Path directory() {
        return directory;
    }

    /** How the race's outcome is graded: the point of a racy variant, a bug in a correct one. */
    public Expectation raceExpectation() {
        return variant.kind() == VariantKind.RACY ? Expectation.INTERESTING : Expectation.FORBIDDEN;
    }

    /**
     * Model-checks {@code spec} with Lincheck and records it; the race is results no sequential
     * order explains. Set the budget explicitly (Lincheck's defaults take ~50 s per spec).
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
        return focused(Tool.LINCHECK) ? LincheckRuns.check(this, options, spec, race) : null;
    }

    /**
     * Whether this experiment runs: always, unless a reproduce line's focus ({@code -Dracecard.focus},
     * which surefire passes to the tests) names another one; then it records nothing.
     */
    boolean focused(Tool tool) {
        String focus = System.getProperty(Reproduce.FOCUS_PROPERTY, "");
        if (focus.isBlank()) {
            return true;
        }
        Focus f = Focus.parse(focus.strip());
        return f.tool() == tool && f.testId().equals(testId());
    }

    /** Repeated trials of the variant, each ending in one declared outcome. */
    public Trials trials(int count) {
        return new Trials(this, Tool.JUNIT, count);
    }
}
