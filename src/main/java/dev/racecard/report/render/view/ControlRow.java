package dev.racecard.report.render.view;

import java.util.List;

/**
 * One positive control (a mutant of a correct variant) in the kill matrix and on its variant's card.
 *
 * @param toolCells one short cell per tool of the report: killed (with the time it took), survived, …
 * @param killedBy  the gate's finding that failed it, or null
 * @param blindSpot why no tool can see it here, where the catalog declares that, or null
 */
public record ControlRow(String variantRef, String variantAnchor, String mutant, String mistake,
                         String implementation, String status, String statusLabel, List<String> toolCells,
                         String killedBy, String blindSpot) {
}
