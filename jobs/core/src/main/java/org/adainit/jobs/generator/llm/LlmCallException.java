package org.adainit.jobs.generator.llm;

import org.adainit.jobs.input.InputException;

/**
 * An LLM call that cannot succeed: the endpoint refused it (401, 404, 400, ...), sent something that is not a chat
 * completion, or kept failing after every transport retry. The message names the endpoint, the model and the
 * server's reason, never the API key.
 */
public class LlmCallException extends InputException {

    private final int requests;

    /** A call that failed before any HTTP request (a missing replay entry, an interrupted wait). */
    public LlmCallException(String message) {
        this(message, 0);
    }

    /** @param requests HTTP requests the failed call sent, each answered with an error or not at all */
    public LlmCallException(String message, int requests) {
        super(message);
        this.requests = requests;
    }

    public int requests() {
        return requests;
    }
}
