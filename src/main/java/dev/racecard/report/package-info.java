/**
 * The report command's shell: read every input, grade (gate), build the document, render every
 * output to temporary files and move them into place only when all rendered.
 */
package dev.racecard.report;
