package org.adainit.jobs.grid;

import org.adainit.jobs.names.ExternalNames;
import org.adainit.jobs.search.PriorName;
import org.adainit.jobs.search.PriorSpec;

/**
 * How a cell obtains θ0: one training from a single draw of a law, the AdaInit search, or (for the over-initialisations
 * metric) many draws and no training.
 */
public enum Method {
    /** The paper's "Classic": one training from a single draw of the cell's prior. */
    CLASSIC,
    /** One training from a GaInit draw; the cell's prior is {@link PriorName#GAINIT} whatever the priors axis says. */
    GAINIT,
    /** One training from a BeInit draw; the cell's prior is {@link PriorName#BEINIT} whatever the priors axis says. */
    BEINIT,
    /** Algorithm 1 with a generator and a prompt variant ("Ours"). */
    ADAINIT,
    /**
     * McClean et al.'s over-initialisations metric: the sample variance of the full-batch ∂E/∂l0[0,0,0] over K draws
     * of the cell's prior, no training ({@link org.adainit.jobs.search.InitialisationEnsemble}).
     */
    INIT_ENSEMBLE;

    public String externalName() {
        return ExternalNames.of(this);
    }

    /** True for every method but adainit: they need no generator (the baselines train once, the ensemble never). */
    public boolean singleTraining() {
        return this != ADAINIT;
    }

    /** The law a baseline method imposes on its cells, or null when the cell's prior axis decides. */
    PriorSpec impliedPrior() {
        return switch (this) {
            case GAINIT -> PriorSpec.of(PriorName.GAINIT);
            case BEINIT -> PriorSpec.of(PriorName.BEINIT);
            case CLASSIC, ADAINIT, INIT_ENSEMBLE -> null;
        };
    }
}
