/**
 * The jcstress driver, one for {@code racecard:stress} and Racecard's own build: it runs a
 * project's jcstress tests in groups, each group with its own jcstress options under a named
 * budget ({@link dev.racecard.stress.JcstressBudgets}: built in, or a project's budget file), then
 * its catalog's mutants through their variants' tests ({@link dev.racecard.stress.Substitution}).
 * Its command line is {@link dev.racecard.stress.StressCommand}. It reads results with the report's
 * jcstress reader, to tell a run that failed to run from one whose tests failed.
 */
package dev.racecard.stress;
