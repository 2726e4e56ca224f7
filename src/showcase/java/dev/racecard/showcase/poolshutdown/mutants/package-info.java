/**
 * Positive controls for the correct pool-shutdown programs: the realistic mistakes people make
 * when they end a pool, one whole program each, run in a child JVM in the correct program's place.
 * The gate must fail each of them. Nothing here is used by the variants themselves.
 */
package dev.racecard.showcase.poolshutdown.mutants;
