package dev.racecard.report.render.view;

import java.util.List;

/** A variant's card: what it is, the verdict, every experiment's outcomes, and for a correct one its mutants. */
public record VariantView(String ref, String id, String kind, String status, String statusLabel,
                          String summary, String implementation, List<CodeLine> code, List<String> failures,
                          List<String> warnings, List<ExperimentView> experiments, List<ControlRow> controls) {
}
