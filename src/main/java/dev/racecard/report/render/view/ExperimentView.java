package dev.racecard.report.render.view;

import java.util.List;
import java.util.Map;

/**
 * One tool's evidence for a variant, as printed in the variant's card.
 *
 * @param commonFlags    JVM flags every configuration ran with, shown once; empty if none or only one configuration
 * @param configurations the JVM configurations the tool ran the test under (jcstress), each with its own histogram
 */
public record ExperimentView(String tool, String testId, String status, boolean ok, String total,
                             String duration, List<OutcomeView> outcomes, String counterexampleSummary,
                             String counterexampleTrace, String counterexampleDetail, List<String> messages, Map<String, String> settings,
                             String environment, String commonFlags, List<ConfigurationView> configurations) {

    /**
     * @param flags       the configuration's JVM flags beyond the common ones
     * @param compilation which compilers ran the test's actors
     * @param seen        what this configuration showed, in words: a race, a forbidden outcome, or neither
     * @param seenClass   acceptable, interesting or forbidden: the worst expectation it observed
     */
    public record ConfigurationView(String label, String flags, String compilation, String samples, String seen,
                                    String seenClass, List<OutcomeView> outcomes) {
    }
}
