package org.adainit.jobs.generator.llm;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one logical call asks: the messages, the structured-output schema if any, the seed sent to the endpoint, and
 * an attempt tag that keeps identical prompts apart in the response cache (after a rejected iteration the prompt is
 * unchanged, yet the paper makes a fresh call). Endpoint, model and sampling come from {@link LlmSettings}.
 *
 * @param attempt e.g. {@code search seed=7 t=3 call=1}: which search, iteration and ladder step this call is
 */
public record ChatRequest(
        List<ChatMessage> messages, Optional<ResponseSchema> schema, OptionalLong seed, String attempt) {

    public ChatRequest {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
    }
}
