/**
 * The Maven plugin, prefix {@code racecard}: {@code stress}, {@code report}, {@code gate},
 * {@code merge}. Thin: each goal forks the report CLI or jcstress and maps its exit status to a
 * one-line build error; it holds no grading of its own.
 */
package dev.racecard.maven;
