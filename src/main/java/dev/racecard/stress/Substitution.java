package dev.racecard.stress;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Supplier;

/**
 * Puts a mutant in a correct variant's place inside a jcstress test: jcstress grades a test by
 * its class, so the mutants run ({@link MutantStressRuns}) reruns the variant's own test in forks
 * started with {@code -Dracecard.substitute=<variant class>=<mutant class>}, and the test builds
 * its state through {@link #of}, e.g.
 * {@code static final Supplier<Counter> UNDER_TEST = Substitution.of(Counter.class, AtomicCounter.class)}.
 * Without the property, or with another variant named in it, every test builds its own variant.
 * A catalog mutant runs through jcstress when it declares {@code Tool.JCSTRESS}.
 */
public final class Substitution {

    public static final String PROPERTY = "racecard.substitute";

    private Substitution() {
    }

    /** A no-argument factory for {@code declared}, or for the mutant substituted for it. */
    public static <T> Supplier<T> of(Class<T> api, Class<? extends T> declared) {
        Class<? extends T> type = substituteFor(api, declared);
        try {
            MethodHandle constructor = MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class));
            return () -> {
                try {
                    return api.cast(constructor.invoke());
                } catch (Throwable e) {
                    throw new IllegalStateException("constructor of " + type.getName() + " failed", e);
                }
            };
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(type.getName() + " needs a public no-argument constructor", e);
        }
    }

    static <T> Class<? extends T> substituteFor(Class<T> api, Class<? extends T> declared) {
        String spec = System.getProperty(PROPERTY, "");
        int eq = spec.indexOf('=');
        if (eq < 0 || !spec.substring(0, eq).equals(declared.getName())) {
            return declared;
        }
        try {
            return Class.forName(spec.substring(eq + 1)).asSubclass(api);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(PROPERTY + " names a class that does not exist: " + spec, e);
        } catch (ClassCastException e) {
            throw new IllegalStateException(PROPERTY + " names a class that is no " + api.getName() + ": " + spec, e);
        }
    }
}
