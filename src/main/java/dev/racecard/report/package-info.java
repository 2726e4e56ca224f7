/**
 * The report command's shell: read every input, grade (gate), build the document, render every
 * output to temporary files and move them into place only when all rendered. The inputs and
 * outputs are listed once each: {@link dev.racecard.report.EvidenceSource} and
 * {@link dev.racecard.report.ReportFormat}.
 */
package dev.racecard.report;
