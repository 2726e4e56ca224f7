package dev.racecard.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that reads {@link JcstressFixtures}: a test plan holding one starts the fixtures'
 * jcstress run as the plan begins ({@link JcstressFixturesEarlyStart}). Without it the class still
 * works; the run then starts when it first reads the fixtures, and the JVM waits for it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UsesJcstressFixtures {
}
