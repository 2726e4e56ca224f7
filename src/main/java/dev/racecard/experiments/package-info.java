/** Shared machinery of experiments that run real programs: child JVMs, and trial threads bounded in time. */
package dev.racecard.experiments;
