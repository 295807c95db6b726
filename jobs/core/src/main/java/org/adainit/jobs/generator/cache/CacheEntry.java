package org.adainit.jobs.generator.cache;

import org.adainit.jobs.generator.llm.ChatOutcome;
import org.adainit.jobs.generator.llm.ChatReply;

/**
 * One stored reply, as written to {@code <sha256>.json}: the request it answers (for inspection and integrity
 * checks), the reply, and the bookkeeping of the call that produced it.
 *
 * @param storedAt ISO-8601 instant of the live call
 */
public record CacheEntry(
        String key,
        RequestKey request,
        ChatReply reply,
        int transportRetries,
        long latencyMillis,
        double costUsd,
        String storedAt) {

    /** The outcome a cache hit returns: the original call's bookkeeping, marked cached. */
    public ChatOutcome outcome() {
        return new ChatOutcome(reply, transportRetries, latencyMillis, costUsd, true);
    }
}
