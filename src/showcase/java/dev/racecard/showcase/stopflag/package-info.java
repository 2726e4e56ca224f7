/** Stopping a worker thread (seeds 003, 004): a stop flag polled in the worker's loop, plain or volatile, or an interrupt; mistakes in mutants/. */
package dev.racecard.showcase.stopflag;
