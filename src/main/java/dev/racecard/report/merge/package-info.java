/**
 * {@code racecard merge}: documents in, one document out. Depends on the document model only;
 * the merged document is rendered like any other.
 */
package dev.racecard.report.merge;
