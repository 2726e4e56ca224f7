package dev.racecard.report.render.view;

import java.util.List;
import java.util.Map;

/**
 * One tool's evidence for a variant or test, as printed in its card.
 *
 * @param testId            the test, or null where the card's title already names it
 * @param description       what the test checks, in its author's words (jcstress's @Description), or null
 * @param duration          how long it ran, or null when the tool does not say (jcstress)
 * @param confidence        how sure the counts make us: a bound, a rate with its interval, or Lincheck's effort
 * @param reproduce         the command that re-runs just this experiment, or null
 * @param reused            "reused from run X, 3 h old" for evidence restored from the history, else null
 * @param settings          the tool's settings; empty where the page states them once for many cards
 * @param commonFlags       JVM flags every configuration ran with, shown once; empty if none or only one configuration
 * @param commonCompilation the compilation every configuration ran with, shown once; null if they differ or are unknown
 * @param seenOutcomes      the outcomes any configuration observed: the columns of the configurations table
 * @param configurations    the JVM configurations the tool ran the test under (jcstress), each with its counts
 */
public record ExperimentView(String tool, String testId, String description, String status, boolean ok, String total,
                             String duration, String confidence, String reproduce, String reused, List<OutcomeView> outcomes,
                             String counterexampleSummary, String counterexampleTrace, String counterexampleDetail,
                             List<String> messages, Map<String, String> settings, String commonFlags,
                             String commonCompilation, List<OutcomeView> seenOutcomes,
                             List<ConfigurationView> configurations) {

    /**
     * @param flags       the configuration's JVM flags beyond the common ones
     * @param compilation which compilers ran the test's actors
     * @param counts      its count of each of the experiment's seen outcomes, in their order: what it
     *                    showed, a race (interesting) or a forbidden outcome, is read off them
     */
    public record ConfigurationView(String label, String flags, String compilation, String samples,
                                    List<Count> counts) {
    }

    /** @param css "race" or "forbidden" where an interesting or forbidden outcome was counted, else empty */
    public record Count(String count, String css) {
    }
}
