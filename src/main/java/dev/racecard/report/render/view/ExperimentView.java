package dev.racecard.report.render.view;

import java.util.List;
import java.util.Map;

/**
 * One tool's evidence for a variant or test, as printed in its card.
 *
 * @param description    what the test checks, in its author's words (jcstress's @Description), or null
 * @param confidence     how sure the counts make us: a bound, a rate with its interval, or Lincheck's effort
 * @param reproduce      the command that re-runs just this experiment, or null
 * @param commonFlags    JVM flags every configuration ran with, shown once; empty if none or only one configuration
 * @param configurations the JVM configurations the tool ran the test under (jcstress), each with its own histogram
 */
public record ExperimentView(String tool, String testId, String description, String status, boolean ok, String total,
                             String duration, String confidence, String reproduce, List<OutcomeView> outcomes,
                             String counterexampleSummary, String counterexampleTrace, String counterexampleDetail,
                             List<String> messages, Map<String, String> settings, String commonFlags,
                             List<ConfigurationView> configurations) {

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
