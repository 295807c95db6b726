package org.adainit.jobs.generator.llm;

/**
 * A reply with how it was obtained. A cached reply carries the retries, latency and cost of the call that first
 * produced it, so a re-run yields identical records; the {@link UsageMeter} counts only live calls.
 *
 * @param transportRetries extra HTTP attempts (timeouts, 429, 5xx, a rejected schema) before the reply
 * @param latencyMillis wall time of the call including its retries
 * @param costUsd estimated cost from the reported tokens and the configured {@link Pricing}
 * @param cached whether the reply came from the response cache instead of the endpoint
 */
public record ChatOutcome(ChatReply reply, int transportRetries, long latencyMillis, double costUsd, boolean cached) {}
