package org.adainit.jobs.search;

import java.util.List;

/**
 * What a generator's model requests spent: every HTTP request sent (retries included, answered or not), the tokens
 * the server reported and their estimated cost.
 */
public record ModelUsage(long requests, long tokensIn, long tokensOut, double costUsd) {

    public static final ModelUsage NONE = new ModelUsage(0, 0, 0, 0.0);

    /**
     * A proposal's usage: a generator that calls a model (it names one) sent the first request and one per retry.
     *
     * @param retries extra requests, repairs and transport retries alike
     */
    public static ModelUsage ofProposal(String model, int retries, long tokensIn, long tokensOut, double costUsd) {
        return new ModelUsage(model.isEmpty() ? 0 : 1L + retries, tokensIn, tokensOut, costUsd);
    }

    /** Everything a search spent: its iterations' requests and those of the iteration that failed, if one did. */
    public static ModelUsage ofSearch(List<IterationRecord> iterations, ModelUsage failedIteration) {
        ModelUsage total = failedIteration;
        for (IterationRecord r : iterations) {
            total = total.plus(r.usage());
        }
        return total;
    }

    public ModelUsage plus(ModelUsage other) {
        return new ModelUsage(requests + other.requests, tokensIn + other.tokensIn, tokensOut + other.tokensOut,
                costUsd + other.costUsd);
    }
}
