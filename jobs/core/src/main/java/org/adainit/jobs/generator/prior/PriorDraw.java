package org.adainit.jobs.generator.prior;

import org.adainit.jobs.search.SearchContext;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.seed.Seeds;
import org.apache.commons.math3.random.Well19937c;

/**
 * The prior draw of iteration t of a cell. Every generator that falls back on the prior takes this same draw, so
 * {@code random} and {@code embedded} see common random numbers and their difference is the adaptation alone.
 */
public final class PriorDraw {

    static final String STREAM = "prior-draw";

    private PriorDraw() {}

    public static QnnParameters at(SearchContext context) {
        long seed = Seeds.derive(Seeds.derive(context.seed(), STREAM), context.iteration());
        return context.prior().sample(context.shape(), new Well19937c(seed));
    }
}
