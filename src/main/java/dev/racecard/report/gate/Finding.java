package dev.racecard.report.gate;

/**
 * One reason for a verdict, worded so that a CI log line alone says what happened: the variant,
 * the tool, the test and the outcome.
 *
 * @param subject "pattern/variant", or the test name for a test the catalog does not own
 * @param tool    the tool's id, or null when the finding is about the variant as a whole
 * @param testId  the test, or null likewise
 */
public record Finding(Severity severity, String subject, String tool, String testId, String message) {

    /** The one-line form used in logs, summary.md and junit.xml. */
    public String line() {
        StringBuilder line = new StringBuilder(subject);
        if (tool != null) {
            line.append(" [").append(tool);
            if (testId != null) {
                line.append(' ').append(testId);
            }
            line.append(']');
        }
        return line.append(": ").append(message).toString();
    }
}
