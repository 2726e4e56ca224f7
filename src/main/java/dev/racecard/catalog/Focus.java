package dev.racecard.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One experiment of a run, as a reproduce line names it: {@code TOOL:TEST_ID@PATTERN/VARIANT[~MUTANT]},
 * e.g. {@code jcstress:dev.racecard.showcase.counter.CounterStress.Synchronized@counter/synchronized~fresh-lock}.
 * A focused run runs that experiment only and grades it against {@link #narrow the catalog narrowed
 * to it}, with the gate unchanged.
 *
 * @param mutant null when the focus is the variant itself
 */
public record Focus(Tool tool, String testId, String pattern, String variant, String mutant) {

    public Focus {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(variant, "variant");
    }

    /**
     * @throws IllegalArgumentException with a one-line message when {@code text} is malformed, names an
     *                                  unknown tool, or anything {@code catalog} does not declare
     */
    public static Focus parse(String text, Catalog catalog) {
        Focus focus = parse(text);
        focus.check(catalog);
        return focus;
    }

    /**
     * The focus as written, checked against no catalog (the plugin's stress goal has none to hand).
     *
     * @throws IllegalArgumentException with a one-line message when {@code text} is malformed or names an unknown tool
     */
    public static Focus parse(String text) {
        String usage = "expected TOOL:TEST_ID@PATTERN/VARIANT[~MUTANT]";
        // pattern, variant and mutant ids never hold '@', so a test id may
        int at = text.lastIndexOf('@');
        int colon = text.indexOf(':');
        int slash = text.indexOf('/', at + 1);
        if (at < 0 || colon < 1 || colon > at || slash < 0) {
            throw new IllegalArgumentException("malformed focus '" + text + "': " + usage);
        }
        String subject = text.substring(slash + 1);
        int tilde = subject.indexOf('~');
        Focus focus = new Focus(Tool.fromId(text.substring(0, colon)), text.substring(colon + 1, at),
                text.substring(at + 1, slash), tilde < 0 ? subject : subject.substring(0, tilde),
                tilde < 0 ? null : subject.substring(tilde + 1));
        if (focus.testId.isEmpty() || focus.pattern.isEmpty() || focus.variant.isEmpty() || "".equals(focus.mutant)) {
            throw new IllegalArgumentException("malformed focus '" + text + "': " + usage);
        }
        return focus;
    }

    /** No focus for a null or blank {@code text} (Maven passes an unset property as an empty argument). */
    public static Optional<Focus> parseIfGiven(String text, Catalog catalog) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(parse(text.strip(), catalog));
    }

    public String format() {
        return tool.id() + ":" + testId + "@" + pattern + "/" + variant + (mutant == null ? "" : "~" + mutant);
    }

    /**
     * The catalog of a focused run: the focused pattern holding only the focused variant, whose only
     * experiment is the focused one and whose only mutant is the focused one, through the focused
     * tool (none for a variant focus). The gate's checks for missing or undeclared evidence then
     * apply to that experiment alone. The racy twins a correct variant names ({@code fixing}) are
     * not in it, so it names none: a focused run calibrates nothing by a twin.
     */
    public Catalog narrow(Catalog catalog) {
        check(catalog);
        Pattern p = catalog.pattern(pattern).orElseThrow();
        Variant v = p.variant(variant).orElseThrow();
        List<Mutant> mutants = v.mutant(mutant).map(m -> List.of(new Mutant(m.id(), m.implementation(), m.mistake(),
                Set.of(tool), m.blindSpot(), m.thoroughOnly()))).orElse(List.of());
        Variant narrowed = new Variant(v.id(), v.kind(), v.implementation(), v.summary(),
                List.of(new ExperimentRef(tool, testId)), v.criticalCode(), mutants, List.of());
        return new Catalog(List.of(new Pattern(p.id(), p.title(), p.claim(), p.seeds(), List.of(narrowed))));
    }

    /** All, for a focused mutant: it runs even where the gate budget would not run it (thorough-only, jcstress). */
    public MutantSelection selection() {
        return mutant == null ? MutantSelection.NONE : MutantSelection.ALL;
    }

    private void check(Catalog catalog) {
        Pattern p = catalog.pattern(pattern)
                .orElseThrow(() -> new IllegalArgumentException("focus: no pattern '" + pattern + "' in the catalog"));
        Variant v = p.variant(variant).orElseThrow(() -> new IllegalArgumentException(
                "focus: pattern " + pattern + " has no variant '" + variant + "'"));
        if (!v.experiments().contains(new ExperimentRef(tool, testId))) {
            throw new IllegalArgumentException("focus: " + pattern + "/" + variant + " declares no " + tool.id()
                    + " experiment '" + testId + "'");
        }
        if (mutant != null) {
            Mutant m = v.mutant(mutant).orElseThrow(() -> new IllegalArgumentException(
                    "focus: " + pattern + "/" + variant + " has no mutant '" + mutant + "'"));
            if (!m.tools().contains(tool)) {
                throw new IllegalArgumentException("focus: mutant " + pattern + "/" + variant + "~" + mutant
                        + " does not run through " + tool.id());
            }
        }
    }
}
