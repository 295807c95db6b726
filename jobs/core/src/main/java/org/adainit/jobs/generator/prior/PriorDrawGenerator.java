package org.adainit.jobs.generator.prior;

import org.adainit.jobs.search.ParameterGenerator;
import org.adainit.jobs.search.Proposal;
import org.adainit.jobs.search.SearchContext;

/**
 * The {@code random} generator, the same-budget control the paper lacks: every iteration is an independent draw from
 * the prior, ignoring description and feedback. Run through Algorithm 1 it yields the best of T prior draws (subject
 * to the same acceptance threshold). Deterministic per cell seed and iteration.
 */
public final class PriorDrawGenerator implements ParameterGenerator {

    public static final String LABEL = "random";

    @Override
    public Proposal propose(SearchContext context) {
        long start = System.nanoTime();
        return Proposal.local(PriorDraw.at(context), (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public String label() {
        return LABEL;
    }
}
