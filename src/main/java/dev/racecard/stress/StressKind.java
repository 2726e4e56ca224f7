package dev.racecard.stress;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says which kind of race a jcstress test looks for where its jcstress annotations cannot:
 * {@code @JCStressTest(Mode.Termination)} already says {@link TestKind#SPIN_LOOP}, and a test
 * without this annotation is an {@link TestKind#INTERLEAVING}. On the test class, next to
 * {@code @JCStressTest}; a correct variant's test takes its racy twin's kind, e.g.
 * <pre>
 * &#64;JCStressTest
 * &#64;StressKind(TestKind.STALE_READ)
 * public static class PlainFlagStaleRead { ... }
 * </pre>
 * The driver reads it when it plans its jcstress runs ({@link TestKind#of}); the annotation is
 * all a test needs of Racecard for it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StressKind {
    TestKind value();
}
