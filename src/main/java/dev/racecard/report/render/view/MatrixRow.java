package dev.racecard.report.render.view;

import java.util.List;

/** One row of the summary matrix: a variant, its verdict, and one short cell per tool. */
public record MatrixRow(String pattern, String variant, String anchor, String kind, String status,
                        String statusLabel, List<String> toolCells) {
}
