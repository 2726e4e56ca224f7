/** The {@code racecard} command line (report, gate, merge): options, exit statuses, one-line errors. */
package dev.racecard.report.cli;
