/**
 * Confidence arithmetic for counts: the upper bound after zero forbidden outcomes, the interval
 * around an observed race rate. Pure; the gate attaches the figures, renderers print them.
 */
package dev.racecard.report.stats;
