/**
 * The JUnit 5 extension: a {@link dev.racecard.junit.RacecardTest} test records Lincheck checks
 * and repeated trials as evidence files ({@code racecard.evidence.dir}) for the report and the
 * gate, with Lincheck's failure kind classified ({@link dev.racecard.junit.LincheckFailureKind}).
 * JUnit Jupiter and Lincheck come from the user's own test dependencies.
 */
package dev.racecard.junit;
