package dev.racecard.report.render.view;

/** One histogram bar, ready to print: counts and shares already formatted. */
public record OutcomeView(String id, String description, String count, String share, String barWidth,
                          String expectation, boolean observed) {
}
