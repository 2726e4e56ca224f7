/** The formatted view the HTML template and summary.md lay out: strings ready to print, no logic left. */
package dev.racecard.report.render.view;
