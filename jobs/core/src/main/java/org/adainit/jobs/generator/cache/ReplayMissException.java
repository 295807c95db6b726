package org.adainit.jobs.generator.cache;

import org.adainit.jobs.generator.llm.LlmCallException;

/** Replay asked for a reply the response cache does not hold. */
public class ReplayMissException extends LlmCallException {

    public ReplayMissException(String message) {
        super(message);
    }
}
