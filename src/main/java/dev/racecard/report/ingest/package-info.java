/**
 * Reads tool outputs into {@link dev.racecard.evidence.Experiment}s: jcstress results files
 * (the harness's and the mutants run's) through jcstress's own classes, bound to the catalog's
 * variants, plus the variants' sources. Fails fast with one {@link dev.racecard.report.BadInputException}
 * on a missing, truncated or corrupt input, rather than grading less than was run.
 */
package dev.racecard.report.ingest;
