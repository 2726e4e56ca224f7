package dev.racecard.api;

import dev.racecard.catalog.Pattern;

import java.util.List;

/**
 * Declares patterns for the report and the gate: racy and correct variants, and every experiment
 * each must have evidence from. Implement it (usually with {@link Racecard#pattern}) and register
 * the class in {@code META-INF/services/dev.racecard.api.CatalogProvider} on the test classpath;
 * {@code racecard:report} and {@code racecard:gate} (and the CLI's {@code --catalog auto}) load
 * every provider they find with {@link java.util.ServiceLoader}, and the JUnit extension looks
 * up a test's variant the same way. Racecard's own showcase declares its seventeen patterns the same way
 * ({@code dev.racecard.showcase.ShowcaseCatalog}, a test class of this repository).
 */
public interface CatalogProvider {

    /** The patterns this provider declares; their ids must be unique across all providers. */
    List<Pattern> patterns();
}
