/**
 * Ending a thread pool (seeds 002, 003): whole programs, run in child JVMs, that submit a batch
 * of record-writing tasks to a pool and end it one way or another.
 */
package dev.racecard.showcase.poolshutdown;
