/**
 * The JUnit 5 extension, the one way evidence is recorded: a {@link dev.racecard.junit.RacecardTest}
 * test records Lincheck checks and repeated trials (in this JVM, or a child JVM each:
 * {@link dev.racecard.junit.ChildTrial}) as evidence files ({@code racecard.evidence.dir}) for the
 * report and the gate, with Lincheck's failure kind classified
 * ({@link dev.racecard.junit.LincheckFailureKind}) and budgets scaled together
 * ({@link dev.racecard.junit.Budgets}). An invocation whose classes, subject, pattern and
 * environment are those of a saved run is skipped and its evidence restored from the history
 * ({@link dev.racecard.junit.EvidenceHistory}, {@code -Dracecard.history=off} runs everything).
 * JUnit Jupiter and Lincheck come from the user's own test dependencies.
 */
package dev.racecard.junit;
