package org.adainit.jobs.generator.llm;

import org.adainit.jobs.input.InputException;

/**
 * An LLM call that cannot succeed: the endpoint refused it (401, 404, 400, ...), sent something that is not a chat
 * completion, or kept failing after every transport retry. The message names the endpoint, the model and the
 * server's reason, never the API key.
 */
public class LlmCallException extends InputException {

    public LlmCallException(String message) {
        super(message);
    }
}
