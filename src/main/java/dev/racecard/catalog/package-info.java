/**
 * The catalog model: what a run must show. Patterns, their racy and correct variants, the
 * experiments each must have evidence from, the mutants each correct variant's experiments must
 * kill, and the lines of the documents a pattern comes from. A project declares its catalog through
 * {@code dev.racecard.api}; {@link dev.racecard.catalog.Focus} narrows it to one experiment for a
 * reproduce line. Depends on nothing of ours: the api, the report and the experiments read it,
 * never the other way round.
 */
package dev.racecard.catalog;
