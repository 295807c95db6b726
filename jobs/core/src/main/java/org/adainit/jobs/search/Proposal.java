package org.adainit.jobs.search;

import org.adainit.simulator.qnn.QnnParameters;

/**
 * A θ0 proposed by a generator, with how it was obtained.
 *
 * @param parseStatus how the reply was turned into parameters
 * @param retries extra requests made for this proposal (repairs and transport retries)
 * @param model model name for {@code llm}/{@code replay}, empty otherwise
 * @param responseId provider's response id for {@code llm}/{@code replay}, empty otherwise
 */
public record Proposal(
        QnnParameters parameters,
        ParseStatus parseStatus,
        int retries,
        long tokensIn,
        long tokensOut,
        double costUsd,
        long latencyMillis,
        String model,
        String responseId) {

    /** A proposal made without any model call (embedded, random). */
    public static Proposal local(QnnParameters parameters, long latencyMillis) {
        return new Proposal(parameters, ParseStatus.NOT_APPLICABLE, 0, 0, 0, 0.0, latencyMillis, "", "");
    }

    public ModelUsage usage() {
        return ModelUsage.ofProposal(model, retries, tokensIn, tokensOut, costUsd);
    }
}
