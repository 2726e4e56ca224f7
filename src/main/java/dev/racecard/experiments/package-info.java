/** Shared machinery of experiments that run real programs: child JVMs and their on-disk records. */
package dev.racecard.experiments;
