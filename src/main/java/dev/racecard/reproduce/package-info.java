/**
 * Reproduce lines: for one experiment of a run (one tool, one test, one variant or one mutant in
 * its place), the one shell command that re-runs just that experiment with the run's settings
 * ({@code mvn -B verify -Dracecard.focus=...}). Pure functions of what the evidence says; the
 * gate and the renderers decide where the line is shown.
 */
package dev.racecard.reproduce;
