package dev.racecard.report.model;

import java.util.List;

/** The outcomes of one tool configuration (one jcstress JVM/compilation setup), for the breakdown. */
public record ConfigurationRun(String label, List<Outcome> outcomes) {

    public ConfigurationRun {
        outcomes = List.copyOf(outcomes);
    }
}
