package dev.racecard.report.render.view;

/** One line of a variant's source, numbered as in the file, marked when it is the critical code. */
public record CodeLine(int number, String text, boolean critical) {
}
