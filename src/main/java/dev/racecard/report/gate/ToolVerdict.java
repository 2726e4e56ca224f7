package dev.racecard.report.gate;

import dev.racecard.catalog.Tool;
import dev.racecard.report.stats.Proportions.Interval;

/**
 * One tool's evidence on one variant, summed over its experiments, with how sure it makes us.
 *
 * @param samples     samples (jcstress), trials (JUnit, child JVMs) or scenarios/invocations explored (Lincheck)
 * @param hits        for a racy variant the samples that showed the race, for a correct one the forbidden ones
 * @param upperBound  correct, sampling tool, 0 hits: the 95 % upper bound on the per-sample forbidden
 *                    probability; else null
 * @param raceRate    racy, sampling tool: the 95 % interval of the race's per-sample rate; else null, and
 *                    null too when trials stopped at the race (a count stopped at a race is biased towards it)
 * @param effort      deterministic tool (Lincheck): what it explored, and whether it found the race or used
 *                    its whole budget; else null
 * @param calibration correct variants: why its silence counts here ("jcstress showed the race of
 *                    plain"), or why it does not (INCONCLUSIVE); else null
 * @param stoppedAtRace racy: some of the tool's trials stopped once the race was seen, so
 *                    {@code hits} of {@code samples} says the race was seen, not how often
 */
public record ToolVerdict(Tool tool, ToolStatus status, long samples, long hits, Double upperBound,
                         Interval raceRate, String effort, String calibration, boolean stoppedAtRace) {
}
