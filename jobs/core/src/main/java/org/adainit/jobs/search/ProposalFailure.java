package org.adainit.jobs.search;

/**
 * A generator could not propose θ0, after spending {@link #spent()} on model requests: the search records that usage
 * with the failure, so a failed iteration's requests are paid for in the tables too.
 */
public class ProposalFailure extends RuntimeException {

    private final transient ModelUsage spent;

    public ProposalFailure(RuntimeException cause, ModelUsage spent) {
        super(cause.getMessage(), cause);
        this.spent = spent;
    }

    public ModelUsage spent() {
        return spent;
    }
}
