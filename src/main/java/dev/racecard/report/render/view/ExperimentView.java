package dev.racecard.report.render.view;

import java.util.List;
import java.util.Map;

/** One tool's evidence for a variant, as printed in the variant's card. */
public record ExperimentView(String tool, String testId, String status, boolean ok, String total,
                             String duration, List<OutcomeView> outcomes, String counterexampleSummary,
                             String counterexampleTrace, String counterexampleDetail, List<String> messages, Map<String, String> settings,
                             String environment, List<ConfigurationView> configurations) {

    public record ConfigurationView(String label, List<OutcomeView> outcomes) {
    }
}
