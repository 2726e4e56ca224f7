package dev.racecard.report.render.view;

import java.util.List;

/** What one environment's run showed, on a card: its verdict and each experiment. */
public record RunView(String environment, String status, String statusLabel, List<ExperimentView> experiments) {
}
