package dev.racecard.report.render.view;

import java.util.List;

/** A variant's card: what it is, the verdict, every environment's experiments, and for a correct one its mutants. */
public record VariantView(String anchor, String id, String kind, String status, String statusLabel,
                          String summary, String implementation, List<CodeLine> code,
                          List<ReportView.FindingView> failures, List<ReportView.FindingView> warnings,
                          List<RunView> runs, List<ReportView.ControlRow> controls) {
}
