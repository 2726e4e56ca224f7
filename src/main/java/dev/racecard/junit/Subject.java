package dev.racecard.junit;

import dev.racecard.catalog.Mutant;
import dev.racecard.catalog.Variant;
import dev.racecard.catalog.VariantKind;
import dev.racecard.evidence.Expectation;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * What an experiment runs: a catalog variant, or one of its mutants in the variant's place. An
 * experiment is written once against the pattern's API and runs every subject the same way; the
 * evidence names the mutant, and the gate grades it as the variant.
 *
 * @param mutant null for the variant itself
 */
public record Subject(String pattern, Variant variant, Mutant mutant) {

    public String variantId() {
        return variant.id();
    }

    public String mutantId() {
        return mutant == null ? null : mutant.id();
    }

    public String implementation() {
        return mutant == null ? variant.implementation() : mutant.implementation();
    }

    /** How the race's outcome is graded: the point for racy code, a bug for correct code and its mutants. */
    public Expectation raceOutcome() {
        return variant.kind() == VariantKind.RACY ? Expectation.INTERESTING : Expectation.FORBIDDEN;
    }

    /** Constructs the implementation with the public constructor that takes {@code args}. */
    public <T> T create(Class<T> api, Object... args) {
        try {
            Class<? extends T> type = Class.forName(implementation()).asSubclass(api);
            for (Constructor<?> c : type.getConstructors()) {
                if (accepts(c.getParameterTypes(), args)) {
                    return api.cast(c.newInstance(args));
                }
            }
            throw new IllegalArgumentException(implementation() + " has no public constructor for "
                    + Arrays.toString(args));
        } catch (ClassNotFoundException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot construct " + implementation(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("constructor of " + implementation() + " failed", e.getCause());
        }
    }

    /** The test id of an experiment for this subject: the same for the variant and its mutants. */
    public String testId(Class<?> experiment) {
        return experiment.getName() + "#" + variant.id();
    }

    /** As JUnit shows it: "synchronized", or "synchronized~fresh-lock" for a mutant in its place. */
    @Override
    public String toString() {
        return mutant == null ? variant.id() : variant.id() + "~" + mutant.id();
    }

    private static boolean accepts(Class<?>[] parameters, Object[] args) {
        if (parameters.length != args.length) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] != null && !box(parameters[i]).isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == int.class ? Integer.class : type == long.class ? Long.class : type == boolean.class
                ? Boolean.class : type == double.class ? Double.class : Object.class;
    }
}
