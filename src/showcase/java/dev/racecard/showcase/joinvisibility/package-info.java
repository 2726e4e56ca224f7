/** Reading a worker thread's result (seeds 000, 001): with and without join, done flags, futures; mistakes in mutants/. */
package dev.racecard.showcase.joinvisibility;
