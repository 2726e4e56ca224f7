/**
 * A thread's lifecycle (seeds 000, 001, 004): a worker started lazily from two threads, and a worker
 * joined by one thread while another starts it; mistakes in mutants/.
 */
package dev.racecard.showcase.threadlifecycle;
