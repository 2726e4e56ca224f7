package dev.racecard.report.gate;

import dev.racecard.catalog.Tool;

/**
 * One tool's row of a mutant's verdict.
 *
 * @param killedBy     the gate's finding that failed the mutant through this tool, or null
 * @param millisToKill wall time of the fastest experiment of this tool that killed it, or -1
 */
public record ToolKill(Tool tool, KillOutcome outcome, Finding killedBy, long millisToKill) {
}
