package dev.racecard.evidence;

/**
 * A concrete execution that shows the race, as Lincheck prints it.
 *
 * @param summary the first line: what was wrong with the result
 * @param trace   the full report: the scenario, the results and the interleaving table
 */
public record Counterexample(String summary, String trace) {
}
