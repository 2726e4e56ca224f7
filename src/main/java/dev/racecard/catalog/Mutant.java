package dev.racecard.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A positive control: a realistic mistake people make when they write a correct variant, as a
 * real class beside it. The mutants run puts it in the variant's place and runs the variant's
 * experiments of {@link #tools}; the gate must then fail it. A correct variant's clean record is
 * worth only the mutants its experiments kill.
 *
 * @param id             short name, unique within its variant
 * @param implementation the mutant class, by name
 * @param mistake        what was got wrong, in plain words
 * @param tools          the tools whose experiments it runs through; at least one must kill it
 * @param blindSpot      why no tool can see this mistake on the machines this runs on (e.g. "a
 *                       stale read needs a weakly ordered CPU"), or null when one must kill it
 * @param thoroughOnly   run only with every mutant selected (-Pmutants, -Pthorough): the gate
 *                       budget cannot afford it
 */
public record Mutant(String id, String implementation, String mistake, Set<Tool> tools, String blindSpot,
                     boolean thoroughOnly) {

    public Mutant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(implementation, "implementation");
        if (tools.isEmpty()) {
            throw new IllegalArgumentException("mutant " + id + " runs through no tool");
        }
        // in the tools' order, not Set.copyOf's, which changes from JVM to JVM: the history keys on toString()
        tools = Collections.unmodifiableSet(EnumSet.copyOf(tools));
    }

    /** A mutant one of {@code tools} must kill; see {@link MutantSelection} for which runs put it in place. */
    public static Mutant of(String id, String implementation, String mistake, Tool... tools) {
        return new Mutant(id, implementation, mistake, Set.of(tools), null, false);
    }

    /** The same, for a mutant class the catalog can see. */
    public static Mutant of(String id, Class<?> implementation, String mistake, Tool... tools) {
        return of(id, implementation.getName(), mistake, tools);
    }

    public Mutant asBlindSpot(String reason) {
        return new Mutant(id, implementation, mistake, tools, reason, thoroughOnly);
    }

    public Mutant onlyInThoroughRuns() {
        return new Mutant(id, implementation, mistake, tools, blindSpot, true);
    }

    public boolean declaredBlindSpot() {
        return blindSpot != null;
    }
}
