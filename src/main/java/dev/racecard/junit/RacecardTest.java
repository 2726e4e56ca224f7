package dev.racecard.junit;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that records evidence for the variants of a declared pattern, run once per subject: each
 * variant whose declared experiments name this test class ({@code <test class>#<variant>}), each
 * followed by the mutants the run puts in its place ({@code racecard.mutants}: none, gate, all).
 * The test takes an {@link Evidence} parameter, builds the subject with {@link Evidence#create}
 * (or, in a Lincheck spec, {@link UnderTest#create}) and runs its Lincheck check or its repeated
 * trials through it. Whether a variant is racy or correct comes from the catalog: a
 * {@link dev.racecard.api.CatalogProvider} on the test class path.
 *
 * <pre>{@code
 * @RacecardTest(pattern = "counter")
 * void twoThreadsIncrement(Evidence evidence) throws Exception {
 *     evidence.trials(20)
 *             .acceptable("exact", "every increment counted")
 *             .race("lost", "some increments were lost")
 *             .run(() -> countWithTwoThreads(evidence.create(Counter.class)) == 2_000 ? "exact" : "lost");
 * }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(RacecardExtension.class)
public @interface RacecardTest {

    /** The pattern's id. */
    String pattern();

    /**
     * The variants this test runs, by id ({@code variant = "cas-guard"}, or several); none (the
     * default): every variant of the pattern with an experiment of this test class. Each one named
     * must declare an experiment of this test class.
     */
    String[] variant() default {};
}
