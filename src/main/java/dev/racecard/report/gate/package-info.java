/**
 * The gate: a pure function from a catalog, a run's evidence, a race policy and a mutant
 * selection to a verdict with typed findings, per-tool results with their confidence, the
 * calibration of each correct variant by its racy twins and mutants, and the kill matrix.
 */
package dev.racecard.report.gate;
