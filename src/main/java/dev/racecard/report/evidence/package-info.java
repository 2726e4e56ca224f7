/** Evidence files: one experiment per JSON file, written by the experiments, read by the report. */
package dev.racecard.report.evidence;
