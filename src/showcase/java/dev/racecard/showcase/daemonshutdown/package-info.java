/** A daemon thread killed at JVM exit (seeds 000, 001, 003, 004): the programs child JVMs run, and their mistakes. */
package dev.racecard.showcase.daemonshutdown;
