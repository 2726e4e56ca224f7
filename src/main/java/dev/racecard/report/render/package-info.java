/** The renderers: one view of a document (one environment or many) laid out as index.html and summary.md; junit.xml from the document. */
package dev.racecard.report.render;
