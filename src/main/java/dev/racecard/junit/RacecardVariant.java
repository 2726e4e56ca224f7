package dev.racecard.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that records evidence for one variant of a declared pattern: the test takes an
 * {@link Evidence} parameter and runs its Lincheck check or its repeated trials through it. The
 * variant must be declared by a {@link dev.racecard.api.CatalogProvider} on the test class path,
 * with this test class as one of its experiments; whether it is racy or correct comes from there.
 *
 * <pre>{@code
 * @Test
 * @RacecardVariant(pattern = "counter", variant = "plain")
 * void plain(Evidence evidence) {
 *     evidence.lincheck(new ModelCheckingOptions().iterations(10).invocationsPerIteration(200), PlainSpec.class);
 * }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RacecardExtension.class)
public @interface RacecardVariant {

    /** The pattern's id. */
    String pattern();

    /** The variant's id within its pattern. */
    String variant();
}
