package org.adainit.jobs.generator.llm;

/**
 * A token or cost cap ({@link UsageCaps}) was reached, so no new LLM request was made. Thrown by
 * {@code ParameterGenerator.propose} before any request is sent; the search records the iteration as "budget
 * exhausted" and stops cleanly with what it has. Replies already in the response cache are still served.
 */
public class BudgetExhaustedException extends RuntimeException {

    public BudgetExhaustedException(String message) {
        super(message);
    }
}
