package dev.racecard.report.render.view;

import java.util.List;

/** A variant's card: what it is, the verdict, and every experiment's outcomes. */
public record VariantView(String ref, String id, String kind, String status, String statusLabel,
                          String summary, String implementation, List<CodeLine> code, List<String> failures,
                          List<String> warnings, List<ExperimentView> experiments) {
}
