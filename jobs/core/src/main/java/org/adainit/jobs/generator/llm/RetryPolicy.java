package org.adainit.jobs.generator.llm;

import java.time.Duration;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Transport retries for timeouts, 429 and 5xx: exponential backoff with jitter, or the server's Retry-After when it
 * sends one. The SDK's own retries are off so these are the only ones and the counts in the records are exact.
 *
 * @param maxRetries retries after the first attempt
 * @param baseDelay delay before the first retry, doubled for each further one
 * @param maxDelay cap on a backoff delay, and the longest Retry-After that is honoured (a longer one fails the call)
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60));

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("max retries must be >= 0, got " + maxRetries);
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException(
                    "need 0 <= base delay <= max delay, got " + baseDelay + " and " + maxDelay);
        }
    }

    /**
     * Delay before retry number {@code retry} (0-based): base·2^retry capped at the maximum, times a factor drawn
     * uniformly from [0.5, 1) so that clients that failed together do not retry together.
     */
    public Duration backoff(int retry, RandomGenerator jitter) {
        double uncapped = baseDelay.toNanos() * Math.pow(2, retry);
        double capped = Math.min(uncapped, maxDelay.toNanos());
        return Duration.ofNanos((long) (capped * (0.5 + 0.5 * jitter.nextDouble())));
    }
}
