package dev.racecard.report.gate;

import dev.racecard.catalog.Tool;

import java.util.Objects;

/**
 * One reason for a verdict, typed (kind, severity, subject) for every reader, and worded so that
 * a CI log line alone says what happened: the variant, the tool, the test and the outcome.
 *
 * @param tool        the tool, or null when the finding is about the subject as a whole
 * @param testId      the test, or null likewise
 * @param environment the environment whose run it comes from, or null for a merge's own finding
 * @param reproduce   one shell command that re-runs just the experiment behind it, or null
 */
public record Finding(FindingKind kind, Severity severity, FindingSubject subject, Tool tool, String testId,
                      String message, String environment, String reproduce) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    public Finding(FindingKind kind, Severity severity, FindingSubject subject, Tool tool, String testId,
                   String message) {
        this(kind, severity, subject, tool, testId, message, null, null);
    }

    public boolean failure() {
        return severity == Severity.FAILURE;
    }

    public Finding inEnvironment(String label) {
        return new Finding(kind, severity, subject, tool, testId, message, label, reproduce);
    }

    public Finding withReproduce(String command) {
        return new Finding(kind, severity, subject, tool, testId, message, environment, command);
    }

    /** The same finding, judged otherwise (e.g. a merge excusing a race another environment showed). */
    public Finding judged(Severity newSeverity, String newMessage) {
        return new Finding(kind, newSeverity, subject, tool, testId, newMessage, environment, reproduce);
    }

    /** The one-line form used in logs, summary.md and junit.xml, without the reproduce command. */
    public String line() {
        StringBuilder line = new StringBuilder();
        if (environment != null) {
            line.append('[').append(environment).append("] ");
        }
        line.append(subject.ref());
        if (tool != null) {
            line.append(" [").append(tool.id());
            if (testId != null) {
                line.append(' ').append(testId);
            }
            line.append(']');
        }
        return line.append(": ").append(message).toString();
    }
}
