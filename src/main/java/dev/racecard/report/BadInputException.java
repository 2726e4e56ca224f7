package dev.racecard.report;

/**
 * An input the report cannot use: missing, empty, truncated or corrupt. The CLI prints the message
 * as one line and exits with status 2, having written nothing.
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
