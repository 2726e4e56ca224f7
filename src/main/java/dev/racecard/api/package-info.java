/**
 * Racecard's public API for a user's project: declare patterns, their racy and correct variants
 * and the experiments each must have evidence from ({@link dev.racecard.api.Racecard},
 * {@link dev.racecard.api.CatalogProvider}), over the catalog model of
 * {@link dev.racecard.catalog}. Racecard's own patterns are declared through it. The JUnit 5
 * extension that records evidence is {@link dev.racecard.junit}.
 */
package dev.racecard.api;
