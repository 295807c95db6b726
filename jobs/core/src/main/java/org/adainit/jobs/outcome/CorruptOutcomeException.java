package org.adainit.jobs.outcome;

/** A committed cell file that cannot be read back (edited, truncated by hand, or from an incompatible version). */
public class CorruptOutcomeException extends RuntimeException {

    public CorruptOutcomeException(String message) {
        super(message);
    }
}
