package dev.racecard.report.render.view;

/**
 * One histogram bar, ready to print: counts and shares already formatted.
 *
 * @param barWidth the stylesheet's class for the bar's width, or null for an outcome not seen
 */
public record OutcomeView(String id, String description, String count, String share, String barWidth,
                          String expectation, boolean observed) {
}
