/**
 * Evidence: the unit an experiment records (an {@link dev.racecard.evidence.Experiment}, its
 * outcomes, counterexample, settings and configurations) and its files, one experiment per JSON
 * file, written atomically without a JSON library so a user's tests get none of ours. The JUnit
 * extension writes them; the report reads them back (report.ingest, with Jackson).
 */
package dev.racecard.evidence;
