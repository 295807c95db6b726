package org.adainit.jobs.search;

/**
 * One iteration of Algorithm 1, as written to the iterations table.
 *
 * @param iteration 1-based t
 * @param theta0Hash {@link ParameterFingerprint} of the proposed θ0
 * @param variance V^(t) = Var[∂E] after training from θ0
 * @param delta Δ^(t) = max(V^(t) − S^(t−1), 0); NaN when the training gave no finite variance
 * @param threshold the acceptance threshold Δ had to exceed
 * @param sBefore S^(t−1)
 * @param sAfter S^(t): V^(t) if accepted, else S^(t−1)
 * @param generator the generator's label, e.g. "embedded (not an LLM)"
 * @param retries extra model requests made for this proposal
 * @param model model name for llm/replay, empty otherwise
 * @param responseId the provider's response id for llm/replay, empty otherwise
 * @param trainingSeed the seed that drove this iteration's training
 */
public record IterationRecord(
        int iteration,
        String theta0Hash,
        double variance,
        double delta,
        double threshold,
        double sBefore,
        double sAfter,
        boolean accepted,
        String generator,
        ParseStatus parseStatus,
        int retries,
        long tokensIn,
        long tokensOut,
        double costUsd,
        long latencyMillis,
        String model,
        String responseId,
        String promptVersion,
        long trainingSeed) {

    public ModelUsage usage() {
        return ModelUsage.ofProposal(model, retries, tokensIn, tokensOut, costUsd);
    }
}
