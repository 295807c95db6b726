package org.adainit.jobs.input;

/**
 * Bad user input (a file, a field, an option value). The CLI prints its message on one line and exits with
 * the bad-input exit code (2); the message must name the file and field at fault.
 */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
