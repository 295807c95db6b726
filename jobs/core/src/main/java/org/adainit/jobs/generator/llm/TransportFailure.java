package org.adainit.jobs.generator.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * One HTTP attempt that produced no chat completion.
 *
 * @param retryable timeouts, connection failures, 408, 409, 429 and 5xx
 * @param schemaRejected the endpoint answered 400 to a request with a JSON schema while structured output is
 *     {@code auto}: resend at once without it
 * @param retryAfter the server's Retry-After, if it sent one
 */
public class TransportFailure extends Exception {

    private final boolean retryable;
    private final boolean schemaRejected;
    private final transient Optional<Duration> retryAfter;

    public TransportFailure(String message, boolean retryable, boolean schemaRejected, Optional<Duration> retryAfter) {
        super(message);
        this.retryable = retryable;
        this.schemaRejected = schemaRejected;
        this.retryAfter = retryAfter;
    }

    /** The HTTP statuses worth another attempt: timeouts, conflicts, rate limits and server errors. */
    static boolean retryableStatus(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    public boolean retryable() {
        return retryable;
    }

    public boolean schemaRejected() {
        return schemaRejected;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
