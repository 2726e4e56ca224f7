package dev.racecard.junit;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The subject a Lincheck spec builds: Lincheck constructs the spec class itself, with no
 * arguments, so one spec per pattern asks here for the implementation of the check under way.
 */
public final class UnderTest {

    private static volatile Subject current;

    private UnderTest() {
    }

    /** Runs {@code check} with {@code subject} as the implementation specs construct. */
    public static <R> R during(Subject subject, Supplier<R> check) {
        current = Objects.requireNonNull(subject);
        try {
            return check.get();
        } finally {
            current = null;
        }
    }

    /** For a spec's constructor: a new instance of the subject of the check under way. */
    public static <T> T create(Class<T> api, Object... args) {
        Subject subject = current;
        if (subject == null) {
            throw new IllegalStateException("no check under way: run the spec through Evidence.lincheck");
        }
        return subject.create(api, args);
    }
}
