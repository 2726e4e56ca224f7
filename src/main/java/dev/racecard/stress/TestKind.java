package dev.racecard.stress;

import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kind of race a jcstress test looks for, which decides the JVM configurations that can show
 * it: the built-in gate budget runs each kind as its own group ({@link JcstressBudgets}), and a
 * budget file's group may claim a kind ({@code G.kind}, {@link BudgetFile}). A correct variant's
 * test has the kind of its racy twin's, so its silence is weighed under the same configurations.
 * A test's kind is its {@link StressKind} annotation, else {@link #SPIN_LOOP} for a
 * {@code @JCStressTest(Mode.Termination)} test, else {@link #INTERLEAVING}.
 */
public enum TestKind {
    /** Two threads' steps interleave (a lost update, check-then-act): any one JVM configuration shows it. */
    INTERLEAVING,
    /** A loop waits for another thread's write: compiled code may hoist the read and hang, the interpreter never. */
    SPIN_LOOP,
    /** A reader sees a later write but not an earlier one: on x86 only where C2 reordered the reader's loads. */
    STALE_READ,
    /** Every sample starts a real thread: slow samples, so small strides. */
    THREAD_START,
    /** A thread writes a plain field and reads it back: C2 keeps the value in a register, the interpreter reads memory. */
    OWN_WRITE;

    /** As a budget file and the results directories write it: {@code interleaving}, {@code spin-loop}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the kinds */
    public static TestKind parse(String id) {
        for (TestKind k : values()) {
            if (k.id().equals(id.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown test kind '" + id.strip() + "' ("
                + Stream.of(values()).map(TestKind::id).collect(Collectors.joining(", ")) + ")");
    }

    /** A jcstress test class's kind, read from its annotations (the class need not be initialized). */
    public static TestKind of(Class<?> test) {
        return of(test.getAnnotation(StressKind.class), test.getAnnotation(JCStressTest.class));
    }

    /** @param declared, jcstress the test class's annotations, or null where it has none */
    static TestKind of(StressKind declared, JCStressTest jcstress) {
        if (declared != null) {
            return declared.value();
        }
        return jcstress != null && jcstress.value() == Mode.Termination ? SPIN_LOOP : INTERLEAVING;
    }
}
