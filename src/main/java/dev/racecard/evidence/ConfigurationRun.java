package dev.racecard.evidence;

import java.util.List;

/**
 * The outcomes of one tool configuration (one jcstress JVM/compilation setup), for the breakdown.
 *
 * @param label       one line naming the configuration, as the tool would
 * @param jvmArgs     the JVM flags the tool gave this configuration's JVM (jcstress: its
 *                    configuration flags and the run's prepended ones; not its fixed
 *                    infrastructure flags such as heap size and GC threads); empty if unknown
 * @param compilation which compilers ran the test's code, in words; null if unknown
 * @param outcomes    the histogram of this configuration alone
 */
public record ConfigurationRun(String label, List<String> jvmArgs, String compilation, List<Outcome> outcomes) {

    public ConfigurationRun {
        jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
        outcomes = List.copyOf(outcomes);
    }

    public ConfigurationRun(String label, List<Outcome> outcomes) {
        this(label, List.of(), null, outcomes);
    }
}
