/**
 * The one declared list of what a run must show: patterns, their racy and correct variants, the
 * experiments each must have evidence from, the mutants each correct variant's experiments must
 * kill, and the seed lines they mirror. {@link dev.racecard.catalog.Focus} narrows it to one
 * experiment for a reproduce line. Depends on nothing of ours: the report and the experiments
 * read it, never the other way round.
 */
package dev.racecard.catalog;
