/**
 * The report as data: {@link dev.racecard.report.document.RacecardDocument}, one or many
 * environments, built from a run's gate verdict or by a merge, written and read as
 * racecard.json. Every renderer reads this model and nothing else.
 */
package dev.racecard.report.document;
