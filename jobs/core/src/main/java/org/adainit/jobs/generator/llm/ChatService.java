package org.adainit.jobs.generator.llm;

/**
 * Turns a {@link ChatRequest} into a reply. Implementations stack: the live endpoint with retries and caps, the
 * response cache in front of it, or the cache alone for replay.
 */
public interface ChatService extends AutoCloseable {

    /**
     * @throws LlmCallException when no reply can be had (refused request, retries exhausted, missing replay entry)
     * @throws BudgetExhaustedException when a cap forbids a new request
     */
    ChatOutcome complete(ChatRequest request);

    @Override
    default void close() {}
}
