package org.adainit.jobs.generator.llm;

/**
 * Limits on what the LLM calls of one process may spend.
 *
 * @param maxTotalTokens no new request once prompt + completion tokens reach this
 * @param maxCostUsd no new request once the estimated cost reaches this
 * @param requestsPerMinute requests wait until fewer than this many were sent in the last 60 s; 0 means no limit
 */
public record UsageCaps(long maxTotalTokens, double maxCostUsd, int requestsPerMinute) {

    public static final UsageCaps NONE = new UsageCaps(Long.MAX_VALUE, Double.POSITIVE_INFINITY, 0);

    public UsageCaps {
        if (maxTotalTokens < 0 || !(maxCostUsd >= 0) || requestsPerMinute < 0) {
            throw new IllegalArgumentException("caps must be >= 0, got tokens " + maxTotalTokens + ", cost "
                    + maxCostUsd + ", requests per minute " + requestsPerMinute);
        }
    }
}
