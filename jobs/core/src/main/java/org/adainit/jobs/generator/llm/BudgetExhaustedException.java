package org.adainit.jobs.generator.llm;

/**
 * A token or cost cap ({@link UsageCaps}) was reached, so no new LLM request was made. Thrown by
 * {@code ParameterGenerator.propose} before any request is sent; the search records the iteration as "budget
 * exhausted" and stops cleanly with what it has. Replies already in the response cache are still served.
 */
public class BudgetExhaustedException extends RuntimeException {

    private final int requests;

    public BudgetExhaustedException(String message) {
        this(message, 0);
    }

    /** @param requests HTTP requests the call had already sent (failed attempts) when the cap stopped its retries */
    public BudgetExhaustedException(String message, int requests) {
        super(message);
        this.requests = requests;
    }

    public int requests() {
        return requests;
    }
}
