/** Threads storing results in a shared dict (seeds 000, 001): racy and correct stores and memos; mistakes in mutants/. */
package dev.racecard.showcase.shareddict;
