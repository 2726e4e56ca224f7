/** The unit of evidence (Experiment, its outcomes and configurations) and the shared formatting and JSON of it. */
package dev.racecard.report.model;
