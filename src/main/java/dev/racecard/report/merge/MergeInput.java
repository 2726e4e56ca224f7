package dev.racecard.report.merge;

import dev.racecard.report.render.RacecardDocument;

/**
 * One report to merge.
 *
 * @param label  the environment's name in the merged report, unique among the inputs
 * @param source where it was read from, for the reader of the merged report
 */
public record MergeInput(String label, String source, RacecardDocument document) {
}
