package dev.racecard.evidence;

import dev.racecard.junit.Subject;
import dev.racecard.junit.SubjectSelection;
import dev.racecard.catalog.Focus;
import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Pattern;
import dev.racecard.showcase.ShowcaseCatalog;
import dev.racecard.catalog.Tool;
import dev.racecard.catalog.Variant;
import dev.racecard.report.reproduce.Reproduce;
import org.junit.jupiter.api.Assumptions;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The subjects an experiment runs: the catalog's variants, and, as {@code racecard.mutants}
 * selects (none, gate or all; set by the pom), the mutants of each correct variant that run
 * through the experiment's tool. A reproduce line's {@code racecard.focus} (see {@link Focus})
 * narrows that to the one experiment it names.
 */
public final class Subjects {

    private Subjects() {
    }

    public static MutantSelection selection() {
        return SubjectSelection.mutants();
    }

    /** The focus of a reproduce line, if the run has one; a bad one fails the experiment asking. */
    public static Optional<Focus> focus() {
        return Focus.parseIfGiven(System.getProperty(Reproduce.FOCUS_PROPERTY), ShowcaseCatalog.CATALOG);
    }

    /** Every variant of {@code pattern} with an experiment of {@code tool}, each followed by its mutants. */
    public static Stream<Subject> of(String pattern, Tool tool) {
        Pattern p = pattern(pattern);
        return of(pattern, tool, p.variants().stream().filter(v -> v.tools().contains(tool))
                .map(Variant::id).toArray(String[]::new));
    }

    /**
     * The named variants, each followed by its mutants that run through {@code tool}; under a
     * focus, only the focused subjects ({@link SubjectSelection#focused}).
     */
    public static Stream<Subject> of(String pattern, Tool tool, String... variantIds) {
        Optional<Focus> focus = focus();
        List<Subject> subjects = SubjectSelection.of(pattern(pattern), Set.of(variantIds), Set.of(tool),
                selection(), focus);
        if (focus.isPresent() && subjects.isEmpty()) {
            // JUnit fails a @ParameterizedTest without arguments ("You must configure at least one
            // set of arguments"); aborting skips it. Only under a focus: otherwise no subjects is
            // a mistake, which allowZeroInvocations on every experiment would hide in every run.
            Assumptions.abort(Reproduce.FOCUS_PROPERTY + " names another experiment: " + focus.get().format());
        }
        return subjects.stream();
    }

    /**
     * Skips the experiment under way when a focus names another one. An experiment knows its test
     * id only once it runs (a class runs a variant in several tests), so the evidence recorders
     * ({@link TrialHistogram}, {@link LincheckEvidence}) ask before any trial.
     */
    public static void skipUnlessFocused(Tool tool, String testId) {
        Optional<Focus> focus = focus();
        if (focus.isPresent() && (focus.get().tool() != tool || !focus.get().testId().equals(testId))) {
            Assumptions.abort(Reproduce.FOCUS_PROPERTY + " names another experiment: " + focus.get().format());
        }
    }

    /** One variant on its own, without mutants. */
    public static Subject variant(String pattern, String variantId) {
        return new Subject(pattern, pattern(pattern).variant(variantId)
                .orElseThrow(() -> new IllegalArgumentException("not in the catalog: " + pattern + "/" + variantId)), null);
    }

    private static Pattern pattern(String id) {
        return ShowcaseCatalog.CATALOG.pattern(id)
                .orElseThrow(() -> new IllegalArgumentException("not in the catalog: " + id));
    }
}
