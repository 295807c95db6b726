package org.adainit.jobs.generator.cache;

import org.adainit.jobs.input.InputException;

/** Replay asked for a reply the response cache does not hold. */
public class ReplayMissException extends InputException {

    public ReplayMissException(String message) {
        super(message);
    }
}
