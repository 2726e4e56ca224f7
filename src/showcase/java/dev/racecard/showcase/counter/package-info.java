/** The shared counter (seeds 002, 003): racy and correct counters behind one interface; mistakes in mutants/. */
package dev.racecard.showcase.counter;
