package org.adainit.jobs.generator.llm;

/**
 * What the endpoint answered: the first choice's text and the bookkeeping around it.
 *
 * @param content the message text, empty when the endpoint sent none
 * @param finishReason e.g. {@code stop}, or {@code length} when the max-tokens limit cut the reply
 * @param model the model the endpoint says answered (may be more specific than the one asked for)
 * @param tokensIn prompt tokens the endpoint reported, 0 if it reported none
 * @param tokensOut completion tokens the endpoint reported, 0 if it reported none
 */
public record ChatReply(
        String content, String finishReason, String responseId, String model, long tokensIn, long tokensOut) {}
